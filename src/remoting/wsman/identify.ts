/** WS-Management Identify (DSP0226 §11): a header-less request and the service's self-description. */
import { findChildren, textOf, type XmlElement } from '../xml/index.js';
import { NS } from './namespaces.js';
import { childText, wsElement } from './xml.js';

export interface IdentifyResponse {
  readonly protocolVersions: readonly string[];
  readonly productVendor?: string;
  readonly productVersion?: string;
  /** Windows lists authentication profiles (wsmid:SecurityProfiles/wsmid:SecurityProfileName). */
  readonly securityProfiles?: readonly string[];
}

export function identifyElement(): XmlElement {
  return wsElement('identity', 'Identify');
}

export function identifyResponseElement(r: IdentifyResponse): XmlElement {
  return wsElement('identity', 'IdentifyResponse', {
    children: [
      ...r.protocolVersions.map((v) => wsElement('identity', 'ProtocolVersion', v)),
      r.productVendor === undefined ? undefined : wsElement('identity', 'ProductVendor', r.productVendor),
      r.productVersion === undefined ? undefined : wsElement('identity', 'ProductVersion', r.productVersion),
      r.securityProfiles === undefined
        ? undefined
        : wsElement('identity', 'SecurityProfiles', {
            children: r.securityProfiles.map((p) => wsElement('identity', 'SecurityProfileName', p)),
          }),
    ],
  });
}

export function parseIdentifyResponse(el: XmlElement): IdentifyResponse {
  const profiles = findChildren(el, NS.identity, 'SecurityProfiles');
  const vendor = childText(el, 'identity', 'ProductVendor');
  const version = childText(el, 'identity', 'ProductVersion');
  return {
    protocolVersions: findChildren(el, NS.identity, 'ProtocolVersion').map((v) => textOf(v).trim()),
    ...(vendor === undefined ? {} : { productVendor: vendor }),
    ...(version === undefined ? {} : { productVersion: version }),
    ...(profiles.length === 0
      ? {}
      : { securityProfiles: profiles.flatMap((p) => findChildren(p, NS.identity, 'SecurityProfileName').map((n) => textOf(n).trim())) }),
  };
}
