/** `npm run bench`: every benchmark in turn, with the machine's Node version. */
console.log(`node ${process.version} on ${process.platform}/${process.arch}`);
for (const name of ['parser', 'clixml', 'psrp', 'wsman', 'engine', 'cmdlets', 'startup']) {
  const bench = (await import(`./${name}.js`)) as { run: () => Promise<void> };
  await bench.run();
}
