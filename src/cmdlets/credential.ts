/** System.Management.Automation.PSCredential: a user name and a SecureString password (`[pscredential]::new(...)`). */
import { defineType } from '../engine/dotnet/member-table.js';
import { registerNativeType } from '../engine/dotnet/type-registration.js';
import { psTypeNames, SecureString } from '../engine/values/index.js';

export class PSCredential {
  readonly [psTypeNames] = ['System.Management.Automation.PSCredential', 'System.Object'];

  constructor(
    readonly userName: string,
    readonly password: SecureString,
  ) {}

  toString(): string {
    return this[psTypeNames][0];
  }
}

registerNativeType('System.Management.Automation.PSCredential', ['System.Object'], {}, 'pscredential');

defineType({
  fullName: 'System.Management.Automation.PSCredential',
  properties: {
    UserName: { type: 'string', get: (credential: PSCredential) => credential.userName },
    Password: { type: 'securestring', get: (credential: PSCredential) => credential.password },
  },
  constructors: [
    ['PSCredential new(string userName, securestring password)', (_: unknown, [userName, password]: [string, SecureString]) => new PSCredential(userName, password)],
  ],
});

defineType({
  fullName: 'System.Security.SecureString',
  properties: {
    Length: { type: 'int', get: (secure: SecureString) => secure.length },
  },
});
