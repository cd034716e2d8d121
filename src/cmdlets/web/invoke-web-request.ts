/**
 * Invoke-WebRequest (alias iwr): the response as a BasicHtmlWebResponseObject (text) or
 * WebResponseObject (anything else), and/or the body saved to -OutFile (-Resume: appended to
 * what an earlier download left).
 */
import { CmdletInfo } from '../../engine/runtime/commands.js';
import { isText, mediaType } from './content-type.js';
import { headerValues } from './response-head.js';
import { webRequestParameters } from './web-parameters.js';
import { saveBody, WebRequestCommand, type WebResponse } from './web-request.js';
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
      const response = command.send(command.uri);
      const target = command.outFileTarget(response);
      // ShouldWriteToPipeline: no file to write (none asked for, or -Resume found it complete), or -PassThru.
      if (target === undefined || runtime.switch('PassThru')) runtime.writeObject(responseObject(response, target?.path));
      if (target !== undefined) saveBody(target, response.body);
      command.reportRedirectLimit(response);
    },
  }),
);

function responseObject(response: WebResponse, outFile: string | undefined): WebResponseObject {
  const text = isText(mediaType(headerValues(response.head.headers, 'Content-Type')[0]));
  const result = text ? new BasicHtmlWebResponseObject(response.head, response.body) : new WebResponseObject(response.head, response.body);
  result.relationLink = response.relationLinks;
  result.outFile = outFile ?? null;
  return result;
}
