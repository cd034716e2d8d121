/**
 * Format-* -View naming a view that does not apply: pwsh's FormatViewManager.ProcessUnknownViewName
 * message, which lists the type's views of the requested shape, or the other Format-* cmdlets
 * that have a view of that name, or says the type has no such views at all.
 */
import { formatMessage } from '../engine/conversion/index.js';
import type { FormatShape, FormatView, FormatViewRegistry } from './views.js';

/** pwsh's FormatAndOut_format_xxx.resx texts. */
export const formatViewStrings = {
  UnknownViewNameError: 'The view name {0} cannot be found.',
  UnknownViewNameErrorSuffix: ' The view name {0} cannot be found in the {1} formatting.',
  NonExistingViewNameError: ' There are no existing {0} views for {1} objects.',
  InvalidViewNameError: 'The view name {0} cannot be found. Specify one of the following {1} views and try again: {2}.',
  SuggestValidViewNamePrefix: ' Try using one of these other format cmdlets: ',
  CannotSpecifyViewAndPropertyError: 'Cmdlet parameters View and Property are mutually exclusive.',
} as const;

const shapeNames: Record<FormatView['kind'], { readonly shape: string; readonly cmdlet: string }> = {
  table: { shape: 'Table', cmdlet: 'Format-Table' },
  list: { shape: 'List', cmdlet: 'Format-List' },
  wide: { shape: 'Wide', cmdlet: 'Format-Wide' },
  custom: { shape: 'Custom', cmdlet: 'Format-Custom' },
};

/** Thrown by the FormatShaper; the Format-* cmdlet turns it into pwsh's FormatViewNotFound error. */
export class FormatViewNotFoundError extends Error {
  constructor(
    readonly viewName: string,
    message: string,
  ) {
    super(message);
  }
}

/** The error for `-View viewName` on an object whose .NET type is `typeName`. */
export function viewNotFound(registry: FormatViewRegistry, viewName: string, shape: FormatShape, typeName: string): FormatViewNotFoundError {
  const views = registry.viewsOf(typeName);
  const shapeName = shapeNames[shape].shape;
  const validViews = views.filter((v) => v.kind === shape && v.name !== undefined).map((v) => v.name!);
  if (validViews.length > 0) return new FormatViewNotFoundError(viewName, formatMessage(formatViewStrings.InvalidViewNameError, viewName, shapeName, validViews.join(', ')));
  const otherCmdlets = views.filter((v) => v.kind !== shape && v.name?.toLowerCase() === viewName.toLowerCase()).map((v) => shapeNames[v.kind].cmdlet);
  const message = otherCmdlets.length > 0
    ? formatMessage(formatViewStrings.UnknownViewNameErrorSuffix, viewName, shapeName) + formatViewStrings.SuggestValidViewNamePrefix + otherCmdlets.join(', ')
    : formatMessage(formatViewStrings.UnknownViewNameError, viewName) + formatMessage(formatViewStrings.NonExistingViewNameError, shapeName, typeName);
  return new FormatViewNotFoundError(viewName, message);
}
