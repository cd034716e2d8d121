/**
 * Invoke-RestMethod (alias irm): the response body converted as pwsh converts it: JSON to
 * objects (ConvertFrom-Json's reader and objects), anything else as text. pwsh turns XML into an
 * XmlDocument (and RSS/Atom feeds into their items); psh has no XML document model, so XML stays
 * text. -FollowRelLink requests each `rel=next` link in turn, up to -MaximumFollowRelLink.
 */
import { CmdletInfo } from '../../engine/runtime/commands.js';
import type { CommandRuntime } from '../../engine/runtime/command-runtime.js';
import { PSErrorException } from '../../engine/runtime/error-record.js';
import { formatMessage } from '../../engine/runtime/messages.js';
import { assignVariable } from '../../engine/runtime/variables.js';
import { toPSString } from '../../engine/conversion/index.js';
import { JsonReadError, readJson } from '../json-reader.js';
import { toObjects } from '../json.js';
import { decodeBody, isJson, mediaType } from './content-type.js';
import { headersDictionary, headerValues } from './response-head.js';
import { webRequestParameters } from './web-parameters.js';
import { saveBody, WebRequestCommand, type WebResponse } from './web-request.js';
import { webRequestStrings } from './web-messages.js';

export const invokeRestMethod = new CmdletInfo(
  {
    name: 'Invoke-RestMethod',
    implementingType: 'Microsoft.PowerShell.Commands.InvokeRestMethodCommand',
    aliases: ['irm'],
    defaultParameterSetName: 'StandardMethod',
    parameters: [
      ...webRequestParameters,
      { name: 'FollowRelLink', type: 'switch', aliases: ['FL'] },
      { name: 'MaximumFollowRelLink', type: 'int', aliases: ['ML'], validation: [{ kind: 'ValidateRange', min: 1, max: 2147483647 }] },
      { name: 'ResponseHeadersVariable', type: 'string', aliases: ['RHV'] },
      { name: 'StatusCodeVariable', type: 'string' },
    ],
  },
  (runtime) => ({
    process() {
      const command = new WebRequestCommand(runtime);
      const follow = runtime.switch('FollowRelLink');
      const maximumFollowed = runtime.has('MaximumFollowRelLink') ? Number(runtime.parameter('MaximumFollowRelLink')) : 2147483647;
      let uri = command.uri;
      for (let followed = 0; ; ) {
        if (followed > 0) runtime.writeVerbose(formatMessage(webRequestStrings.FollowingRelLinkVerboseMsg, uri.href));
        const response = command.send(uri);
        processResponse(runtime, response, command.outFileTarget(response));
        command.reportRedirectLimit(response);
        const next = response.relationLinks.get([...response.relationLinks.keys()].find((rel) => rel.toLowerCase() === 'next') ?? '');
        if (!follow || next === undefined || ++followed >= maximumFollowed) break;
        uri = new URL(next);
      }
    },
  }),
);

function processResponse(runtime: CommandRuntime, response: WebResponse, outFile: { path: string; append: boolean } | undefined): void {
  if (outFile === undefined || runtime.switch('PassThru')) {
    const contentType = headerValues(response.head.headers, 'Content-Type')[0];
    const { text } = decodeBody(response.body, contentType);
    // pwsh tries JSON first for a JSON type, else XML first; psh has only JSON to try.
    const converted = isJson(mediaType(contentType)) || !text.trimStart().startsWith('<') ? fromJson(runtime, text) : noConversion;
    runtime.writeObject(converted === noConversion ? text : converted);
  }
  if (outFile !== undefined) saveBody(outFile, response.body);
  const statusVariable = runtime.has('StatusCodeVariable') ? toPSString(runtime.parameter('StatusCodeVariable')) : '';
  if (statusVariable) assignVariable(runtime.frame, null, statusVariable, response.head.status);
  const headersVariable = runtime.has('ResponseHeadersVariable') ? toPSString(runtime.parameter('ResponseHeadersVariable')) : '';
  if (headersVariable) assignVariable(runtime.frame, null, headersVariable, headersDictionary(response.head.headers));
}

const noConversion = Symbol('not JSON');

/** TryConvertToJson: ConvertFrom-Json's objects, or noConversion when the text is not (acceptable) JSON. */
function fromJson(runtime: CommandRuntime, text: string): unknown {
  try {
    const document = readJson(text, { maxDepth: 1024, parseDates: true });
    return document === undefined ? noConversion : toObjects(runtime, document);
  } catch (e) {
    if (e instanceof JsonReadError || e instanceof PSErrorException) return noConversion;
    throw e;
  }
}
