/** Shared material for the WS-Man tests: Windows captures and the MS-WSMV document, read-only. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SHARED = new URL('../../../../shared/', import.meta.url);

function sharedPath(relative: string): string {
  const path = fileURLToPath(new URL(relative, SHARED));
  if (!existsSync(path)) {
    throw new Error(`Shared test material is missing: ${path} (expected ../shared/${relative} beside the repository root).`);
  }
  return path;
}

export interface CapturedMessage {
  readonly request: string;
  readonly response: string | null;
  readonly transport_error?: unknown;
  readonly http_error?: boolean;
}

export interface Capture {
  readonly file: string;
  readonly messages: readonly CapturedMessage[];
}

/** Every pypsrp-windows capture (the `_template` file is documentation, not traffic). */
export function loadCaptures(): Capture[] {
  const dir = sharedPath('captures/pypsrp-windows/');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.startsWith('_'))
    .sort()
    .map((file) => ({ file, messages: JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')).messages as CapturedMessage[] }));
}

export function loadCapture(file: string): Capture {
  const capture = loadCaptures().find((c) => c.file === file);
  if (!capture) throw new Error(`Capture ${file} is missing from ../shared/captures/pypsrp-windows.`);
  return capture;
}

export function readSpec(name: string): string {
  return readFileSync(sharedPath(`specs/${name}`), 'utf8');
}

const GUID = /[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}/g;

/** GUIDs (MessageID, ShellId, CommandId, SessionId) differ per run: compare them as placeholders. */
export function normaliseGuids(text: string): string {
  return text.replace(GUID, '<GUID>');
}

/** The operation a captured request performs, from its Action header's last path segment. */
export function actionName(action: string): string {
  return action.slice(action.lastIndexOf('/') + 1);
}

/**
 * Windows writes some empty elements as <x></x> (streams, s:Body) and others as <x/> (SendResponse,
 * EndOfSequence); psh writes all as <x/>, which XML defines as the same element. This rewrites
 * Windows' bytes to psh's spelling so that everything else can be compared byte for byte.
 */
export function selfClosing(xml: string): string {
  return xml.replace(/<([\w:]+)((?:\s[^<>]*)?)><\/\1>/g, '<$1$2/>');
}
