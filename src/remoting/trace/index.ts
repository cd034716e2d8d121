/** The WS-Man/PSRP trace decoder behind `psh -DecodeWsman FILE`. */
export { decodeWsmanTrace, type DecodedTrace } from './decode.js';
export { TraceError } from './errors.js';
