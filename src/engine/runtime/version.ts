/** The pwsh version psh reports in $PSVersionTable and #requires checks: the release whose behaviour it follows. */
export const psVersion = '7.4.6';
