/**
 * Invoke-WebRequest (alias iwr): the response as a BasicHtmlWebResponseObject (text) or
 * WebResponseObject (anything else), and/or the body saved to -OutFile.
 */
import { writeFileSync } from 'node:fs';
import { CmdletInfo } from '../../engine/runtime/commands.js';
import { isText, mediaType } from './content-type.js';
import { headerValues } from './response-head.js';
import { webRequestParameters } from './web-parameters.js';
import { WebRequestCommand, type WebResponse } from './web-request.js';
import { BasicHtmlWebResponseObject, WebResponseObject } from './web-response.js';

export const invokeWebRequest = new CmdletInfo(
  {
    name: 'Invoke-WebRequest',
    implementingType: 'Microsoft.PowerShell.Commands.InvokeWebRequestCommand',
    aliases: ['iwr'],
    defaultParameterSetName: 'StandardMethod',
    outputType: ['Microsoft.PowerShell.Commands.BasicHtmlWebResponseObject'],
    parameters: webRequestParameters,
  },
  (runtime) => ({
    process() {
      const command = new WebRequestCommand(runtime);
      const outFile = command.outFilePath();
      const response = command.send(command.uri);
      writeResponse(response, outFile, runtime.switch('PassThru'), (value) => runtime.writeObject(value));
      command.reportRedirectLimit(response);
    },
  }),
);

/** ProcessResponse: the object when the pipeline wants it (no -OutFile, or -PassThru), the file when asked. */
function writeResponse(response: WebResponse, outFile: string | undefined, passThru: boolean, write: (value: unknown) => void): void {
  if (outFile === undefined || passThru) {
    const text = isText(mediaType(headerValues(response.head.headers, 'Content-Type')[0]));
    const result = text ? new BasicHtmlWebResponseObject(response.head, response.body) : new WebResponseObject(response.head, response.body);
    result.relationLink = response.relationLinks;
    result.outFile = outFile ?? null;
    write(result);
  }
  if (outFile !== undefined) writeFileSync(outFile, response.body);
}

