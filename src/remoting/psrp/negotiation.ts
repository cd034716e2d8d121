/**
 * Session capability negotiation (MS-PSRP 3.1.5.4.1, 3.2.5.4.1). Both sides speak protocol
 * 2.x; a peer announcing another major protocol or serialization version cannot be served.
 */
import type { SessionCapability } from './messages.js';

/** What psh announces: protocol 2.3 (PowerShell 5.1 and later), as Windows does. */
export const DEFAULT_CAPABILITY: SessionCapability = {
  protocolVersion: '2.3',
  psVersion: '2.0',
  serializationVersion: '1.1.0.1',
};

/** The capability that cannot be served, or undefined when the peer's versions are compatible. */
export function negotiatedVersionProblem(peer: SessionCapability): { name: string; value: string } | undefined {
  if (major(peer.protocolVersion) !== 2) return { name: 'protocolversion', value: peer.protocolVersion };
  if (major(peer.psVersion) !== 2) return { name: 'PSVersion', value: peer.psVersion };
  if (major(peer.serializationVersion) !== 1) return { name: 'SerializationVersion', value: peer.serializationVersion };
  return undefined;
}

/**
 * Whether the peer's protocol has a feature: 2.2 (PowerShell 3) brought disconnect/connect,
 * 2.3 (PowerShell 5) RESET_RUNSPACE_STATE and INFORMATION_RECORD.
 */
export function protocolAtLeast(peer: SessionCapability | undefined, version: '2.2' | '2.3'): boolean {
  if (peer === undefined) return false;
  const [major, minor] = peer.protocolVersion.split('.').map(Number) as [number, number | undefined];
  const [wantMajor, wantMinor] = version.split('.').map(Number) as [number, number];
  return major > wantMajor || (major === wantMajor && (minor ?? 0) >= wantMinor);
}

function major(version: string): number {
  const dot = version.indexOf('.');
  return Number(dot < 0 ? version : version.slice(0, dot));
}
