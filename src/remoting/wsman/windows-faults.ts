/**
 * The faults Windows WinRM answers with, for the psh server to answer the same way: same SOAP code,
 * subcode, fault detail URI, WS-Man error code and message texts (from the captures and winrm.h).
 */
import { XmlError } from '../xml/index.js';
import { WsmanMessageError } from './errors.js';
import { WsmanFault, type WsmanFaultDetail } from './fault.js';
import { NS } from './namespaces.js';
import { FAULT_DETAIL } from './uris.js';

/** WS-Man error codes (HRESULTs of FACILITY_WINRM, shown as unsigned decimals as on the wire). */
export const WSMAN_ERROR = {
  ProviderFailure: 0x80338003,
  InvalidMessageInformationHeader: 0x8033800f, // 2150858767
  MustUnderstand: 0x80338010,
  MessageInformationHeaderRequired: 0x80338011,
  ActionNotSupported: 0x80338013,
  InvalidSoapBody: 0x80338027,
  OperationTimedOut: 0x80338029, // 2150858793
  InvalidXml: 0x80338043,
  MaxEnvelopeSizeExceeded: 0x80338048,
  ServerEnvelopeLimit: 0x80338049,
  UnexpectedSelectors: 0x8033805b, // 2150858843
  MinEnvelopeSize: 0x8033807e,
} as const;

const sender = { ns: NS.soap, local: 'Sender' };
const receiver = { ns: NS.soap, local: 'Receiver' };
const wsman = (local: string) => ({ ns: NS.wsman, local });

/** Windows ends its fault texts with a space (two after "OperationTimeout."); kept for fidelity. */
const TEXT = {
  timedOut: 'The WS-Management service cannot complete the operation within the time specified in OperationTimeout.  ',
  invalidSelectors: 'The WS-Management service cannot process the request because the request contained invalid selectors for the resource. ',
  unknownCommand:
    'The Windows Remote Shell received a request to perform an operation on a command identifier that does not exist. Either the command has completed execution or the client specified an invalid command identifier. ',
  invalidHeader: 'The WS-Management service cannot process the request. The request contains one or more invalid SOAP headers. ',
  headerRequired: 'The WS-Management service cannot process the request. The request does not have all the expected SOAP headers. ',
  actionNotSupported: 'The WS-Management service does not support the action specified in the request. ',
  mustUnderstand:
    'The WS-Management service cannot process a SOAP header in the request that is marked as mustUnderstand by the client.  This could be caused by the use of a version of the protocol which is not supported, or may be an incompatibility  between the client and server implementations. ',
  invalidXml: 'The WS-Management service cannot process the request because the XML is invalid. ',
  invalidBody: 'The WS-Management service cannot process the request because the request packet does not have a valid SOAP body. ',
  responseTooLarge: 'The response that the WS-Management service computed exceeds the maximum envelope size in the request. ',
  requestTooLarge: 'The response that the WS-Management service computed exceed the internal limit for envelope size. ',
  providerFailure: 'An error was encountered inside the plugin. ',
  envelopeTooSmall: 'The WS-Management service cannot process the request because the envelope size in the request is too small. ',
} as const;

function detail(code: number, machine: string, message: string): WsmanFaultDetail {
  return { code, machine, message };
}

/** Receive with no output within OperationTimeout: the client just polls again. */
export function operationTimedOutFault(machine: string): WsmanFault {
  return new WsmanFault({
    code: receiver,
    subcode: wsman('TimedOut'),
    reason: TEXT.timedOut,
    detail: detail(WSMAN_ERROR.OperationTimedOut, machine, TEXT.timedOut),
  });
}

/**
 * Client: whether an error is the OperationTimeout fault Windows sends when a Receive found no output
 * in time; the client then simply sends the Receive again.
 */
export function isOperationTimeout(error: unknown): boolean {
  return error instanceof WsmanFault && error.wsmanCode === WSMAN_ERROR.OperationTimedOut;
}

/** ShellId selector naming no shell: Windows wraps the text in the shell provider's fault. */
export function unknownShellFault(machine: string): WsmanFault {
  return new WsmanFault({
    code: sender,
    subcode: wsman('InvalidSelectors'),
    reason: TEXT.invalidSelectors,
    faultDetail: `${FAULT_DETAIL}/UnexpectedSelectors`,
    detail: {
      code: WSMAN_ERROR.UnexpectedSelectors,
      machine,
      providerFault: {
        provider: 'Shell provider',
        path: '%systemroot%\\system32\\WsmSvc.dll',
        wsmanFault: detail(WSMAN_ERROR.UnexpectedSelectors, machine, TEXT.invalidSelectors),
      },
    },
  });
}

/** CommandId naming no command of the shell. */
export function unknownCommandFault(machine: string): WsmanFault {
  return new WsmanFault({
    code: sender,
    subcode: wsman('InvalidSelectors'),
    reason: TEXT.invalidSelectors,
    faultDetail: `${FAULT_DETAIL}/UnexpectedSelectors`,
    detail: detail(WSMAN_ERROR.UnexpectedSelectors, machine, TEXT.unknownCommand),
  });
}

/** A header with an invalid value; `message` says which (see invalidTimeoutFault). */
export function invalidHeaderFault(machine: string, message: string): WsmanFault {
  return new WsmanFault({
    code: sender,
    subcode: { ns: NS.addressing, local: 'InvalidMessageInformationHeader' },
    reason: TEXT.invalidHeader,
    detail: detail(WSMAN_ERROR.InvalidMessageInformationHeader, machine, message),
  });
}

export function invalidTimeoutFault(machine: string, value: string): WsmanFault {
  return invalidHeaderFault(
    machine,
    `The WS-Management service cannot process the request. The XML contains an invalid timeout field in the SOAP header: ${value}. `,
  );
}

export function headerRequiredFault(machine: string): WsmanFault {
  return new WsmanFault({
    code: sender,
    subcode: { ns: NS.addressing, local: 'MessageInformationHeaderRequired' },
    reason: TEXT.headerRequired,
    detail: detail(WSMAN_ERROR.MessageInformationHeaderRequired, machine, TEXT.headerRequired),
  });
}

export function actionNotSupportedFault(machine: string): WsmanFault {
  return new WsmanFault({
    code: sender,
    subcode: { ns: NS.addressing, local: 'ActionNotSupported' },
    reason: TEXT.actionNotSupported,
    detail: detail(WSMAN_ERROR.ActionNotSupported, machine, TEXT.actionNotSupported),
  });
}

/** SOAP's own MustUnderstand fault (no subcode) for mustUnderstand headers psh does not implement. */
export function mustUnderstandFault(machine: string): WsmanFault {
  return new WsmanFault({
    code: { ns: NS.soap, local: 'MustUnderstand' },
    reason: TEXT.mustUnderstand,
    detail: detail(WSMAN_ERROR.MustUnderstand, machine, TEXT.mustUnderstand),
  });
}

export function invalidXmlFault(machine: string): WsmanFault {
  return new WsmanFault({
    code: sender,
    subcode: wsman('SchemaValidationError'),
    reason: TEXT.invalidXml,
    detail: detail(WSMAN_ERROR.InvalidXml, machine, TEXT.invalidXml),
  });
}

export function invalidBodyFault(machine: string): WsmanFault {
  return new WsmanFault({
    code: sender,
    subcode: wsman('InvalidBody'),
    reason: TEXT.invalidBody,
    detail: detail(WSMAN_ERROR.InvalidSoapBody, machine, TEXT.invalidBody),
  });
}

function encodingLimit(machine: string, detailUri: string, code: number, text: string, httpStatus?: number): WsmanFault {
  return new WsmanFault({
    code: sender,
    subcode: wsman('EncodingLimit'),
    reason: text,
    faultDetail: `${FAULT_DETAIL}/${detailUri}`,
    detail: detail(code, machine, text),
    ...(httpStatus === undefined ? {} : { httpStatus }),
  });
}

/** The response would not fit the client's MaxEnvelopeSize. */
export function responseTooLargeFault(machine: string): WsmanFault {
  return encodingLimit(machine, 'MaxEnvelopeSize', WSMAN_ERROR.MaxEnvelopeSizeExceeded, TEXT.responseTooLarge);
}

/**
 * The request is larger than the server's MaxEnvelopeSizekb. MS-WSMV 3.1.4.1.20 wants HTTP 413 without
 * processing the message: httpStatus says so, the body is for clients that read it anyway.
 */
export function requestTooLargeFault(machine: string): WsmanFault {
  return encodingLimit(machine, 'ServiceEnvelopeLimit', WSMAN_ERROR.ServerEnvelopeLimit, TEXT.requestTooLarge, 413);
}

/** MaxEnvelopeSize below 8192 octets (MS-WSMV 3.1.4.1.7). */
export function envelopeTooSmallFault(machine: string): WsmanFault {
  return encodingLimit(machine, 'MinimumEnvelopeLimit', WSMAN_ERROR.MinEnvelopeSize, TEXT.envelopeTooSmall);
}

/** The fault a server answers for an error raised while reading a request. */
export function faultFor(error: unknown, machine: string): WsmanFault {
  if (error instanceof WsmanFault) return error;
  if (error instanceof XmlError) return error.kind === 'TooLarge' ? requestTooLargeFault(machine) : invalidXmlFault(machine);
  if (error instanceof WsmanMessageError) {
    switch (error.kind) {
      case 'MissingHeader':
        return headerRequiredFault(machine);
      case 'InvalidHeader':
        return invalidHeaderFault(machine, `${TEXT.invalidHeader}${error.message} `);
      case 'UnexpectedAction':
        return actionNotSupportedFault(machine);
      case 'NotSoapEnvelope':
      case 'InvalidBody':
        return invalidBodyFault(machine);
    }
  }
  // Anything else is psh's own bug: say so without leaking internals onto the wire.
  return new WsmanFault({
    code: receiver,
    subcode: wsman('InternalError'),
    reason: TEXT.providerFailure,
    detail: detail(WSMAN_ERROR.ProviderFailure, machine, TEXT.providerFailure),
  });
}
