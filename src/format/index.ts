/**
 * pwsh's output formatting: Format-Table/-List/-Wide and Out-Default's implicit formatting
 * (FormatShaper, objects -> format data), the Out-* line layout (FormatWriter, format data ->
 * lines), views registered by type name, and the engine's ready-made Out-Default/Out-String.
 */
export { engineLineFormatter, engineViews, formatOutput, OutputFormatter } from './default-output.js';
export { engineFormatHost } from './engine-host.js';
export { defaultEnumerationLimit } from './field-text.js';
export {
  FormatData,
  FormatEndData,
  FormatEntryData,
  FormatStartData,
  GroupEndData,
  GroupStartData,
  type FormatEntry,
  type ShapeInfo,
  type TableColumnInfo,
} from './format-data.js';
export type { FormatHost } from './format-host.js';
export { FormatShaper, type FormatCommandOptions } from './format-shaper.js';
export { FormatViewNotFoundError, formatViewStrings } from './view-not-found.js';
export { defaultWindowWidth, FormatWriter, type LineOutputOptions } from './format-writer.js';
export { formatLines, LineFormatter, outString, outStringStream, type OutputOptions, type OutStringOptions } from './out-text.js';
export type { Alignment } from './table-writer.js';
export {
  defaultViewRegistry,
  FormatViewRegistry,
  type CalculatedProperty,
  type CustomView,
  type FormatShape,
  type FormatView,
  type ListView,
  type ListViewItem,
  type PropertySelector,
  type TableView,
  type TableViewColumn,
  type WideView,
} from './views.js';
