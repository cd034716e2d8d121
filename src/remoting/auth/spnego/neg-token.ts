/**
 * SPNEGO negotiation tokens (RFC 4178 4.2, MS-SPNG 2.2): NegTokenInit (and Windows'
 * NegTokenInit2, which differs only in its [3] negHints and moves mechListMIC to [4]) inside
 * the GSS-API InitialContextToken framing, and NegTokenResp.
 */
import { InvalidTokenError } from '../errors.js';
import { MAX_NTLM_TOKEN_LENGTH } from '../ntlm/wire.js';
import { Tag, contextTag, decodeOid, encodeOid, encodeTlv, readChildren, readOnly } from './der.js';

export const MechType = {
  Spnego: '1.3.6.1.5.5.2',
  Ntlm: '1.3.6.1.4.1.311.2.2.10',
  Kerberos: '1.2.840.113554.1.2.2',
  /** The truncated Kerberos OID Windows also sends (MS-SPNG 3.1.5.2). */
  MsKerberos: '1.2.840.48018.1.2.2',
  NegoEx: '1.3.6.1.4.1.311.2.2.30',
} as const;

export const NegState = { AcceptCompleted: 0, AcceptIncomplete: 1, Reject: 2, RequestMic: 3 } as const;
export type NegState = (typeof NegState)[keyof typeof NegState];

export interface NegTokenInit {
  kind: 'NegTokenInit';
  mechTypes: string[];
  /** The DER MechTypeList exactly as received or sent: the input of mechListMIC. */
  mechTypesEncoded: Uint8Array;
  mechToken?: Uint8Array;
  mechListMic?: Uint8Array;
}

export interface NegTokenResp {
  kind: 'NegTokenResp';
  negState?: NegState;
  supportedMech?: string;
  responseToken?: Uint8Array;
  mechListMic?: Uint8Array;
}

export type NegotiationToken = NegTokenInit | NegTokenResp;

export function isSpnegoToken(token: Uint8Array): boolean {
  return token[0] === Tag.Application0 || token[0] === contextTag(1);
}

export function encodeMechTypeList(mechTypes: readonly string[]): Uint8Array {
  return encodeTlv(Tag.Sequence, ...mechTypes.map(encodeOid));
}

export function encodeNegTokenInit(mechTypes: readonly string[], mechToken?: Uint8Array): { token: Uint8Array; mechTypesEncoded: Uint8Array } {
  const mechTypesEncoded = encodeMechTypeList(mechTypes);
  const fields = [encodeTlv(contextTag(0), mechTypesEncoded)];
  if (mechToken) fields.push(encodeTlv(contextTag(2), encodeTlv(Tag.OctetString, mechToken)));
  const init = encodeTlv(contextTag(0), encodeTlv(Tag.Sequence, ...fields));
  return { token: encodeTlv(Tag.Application0, encodeOid(MechType.Spnego), init), mechTypesEncoded };
}

export function encodeNegTokenResp(resp: Omit<NegTokenResp, 'kind'>): Uint8Array {
  const fields: Uint8Array[] = [];
  if (resp.negState !== undefined) fields.push(encodeTlv(contextTag(0), encodeTlv(Tag.Enumerated, new Uint8Array([resp.negState]))));
  if (resp.supportedMech) fields.push(encodeTlv(contextTag(1), encodeOid(resp.supportedMech)));
  if (resp.responseToken) fields.push(encodeTlv(contextTag(2), encodeTlv(Tag.OctetString, resp.responseToken)));
  if (resp.mechListMic) fields.push(encodeTlv(contextTag(3), encodeTlv(Tag.OctetString, resp.mechListMic)));
  return encodeTlv(contextTag(1), encodeTlv(Tag.Sequence, ...fields));
}

function octets(field: Uint8Array): Uint8Array {
  return readOnly(field, Tag.OctetString).value.slice();
}

function decodeInit(value: Uint8Array): NegTokenInit {
  const sequence = readOnly(value, Tag.Sequence);
  const result: NegTokenInit = { kind: 'NegTokenInit', mechTypes: [], mechTypesEncoded: new Uint8Array(0) };
  let sawMechTypes = false;
  for (const field of readChildren(sequence.value)) {
    switch (field.tag) {
      case contextTag(0): {
        const list = readOnly(field.value, Tag.Sequence);
        result.mechTypesEncoded = list.encoded.slice();
        result.mechTypes = readChildren(list.value).map((oid) => {
          if (oid.tag !== Tag.ObjectIdentifier) throw new InvalidTokenError('The SPNEGO mechanism list holds a non-OID element.');
          return decodeOid(oid.value);
        });
        sawMechTypes = true;
        break;
      }
      case contextTag(2):
        result.mechToken = octets(field.value);
        break;
      case contextTag(3):
        // mechListMIC in NegTokenInit, negHints in NegTokenInit2: only an OCTET STRING is a MIC.
        if (field.value[0] === Tag.OctetString) result.mechListMic = octets(field.value);
        break;
      case contextTag(4):
        result.mechListMic = octets(field.value);
        break;
      default:
        break; // reqFlags and extensions are ignored (MS-SPNG 3.1.5.3)
    }
  }
  if (!sawMechTypes) throw new InvalidTokenError('The SPNEGO NegTokenInit has no mechanism list.');
  return result;
}

function decodeResp(value: Uint8Array): NegTokenResp {
  const sequence = readOnly(value, Tag.Sequence);
  const result: NegTokenResp = { kind: 'NegTokenResp' };
  for (const field of readChildren(sequence.value)) {
    switch (field.tag) {
      case contextTag(0): {
        const state = readOnly(field.value, Tag.Enumerated).value;
        if (state.length !== 1 || state[0]! > NegState.RequestMic) throw new InvalidTokenError('The SPNEGO negState is invalid.');
        result.negState = state[0] as NegState;
        break;
      }
      case contextTag(1):
        result.supportedMech = decodeOid(readOnly(field.value, Tag.ObjectIdentifier).value);
        break;
      case contextTag(2):
        result.responseToken = octets(field.value);
        break;
      case contextTag(3):
        result.mechListMic = octets(field.value);
        break;
      default:
        break;
    }
  }
  return result;
}

/** Decodes an InitialContextToken carrying NegTokenInit, or a bare NegTokenResp. */
export function decodeNegotiationToken(token: Uint8Array): NegotiationToken {
  if (token.length > MAX_NTLM_TOKEN_LENGTH * 2) throw new InvalidTokenError('The SPNEGO token is too long.');
  if (token[0] === Tag.Application0) {
    const framing = readChildren(readOnly(token, Tag.Application0).value);
    const [oid, inner] = framing;
    if (framing.length !== 2 || oid!.tag !== Tag.ObjectIdentifier || decodeOid(oid!.value) !== MechType.Spnego) {
      throw new InvalidTokenError('The token is not an SPNEGO InitialContextToken.');
    }
    if (inner!.tag === contextTag(0)) return decodeInit(inner!.value);
    if (inner!.tag === contextTag(1)) return decodeResp(inner!.value);
    throw new InvalidTokenError('Unexpected SPNEGO negotiation token.');
  }
  return decodeResp(readOnly(token, contextTag(1)).value);
}
