/**
 * `psh -OutputFormat XML`: each object a stream carries is written as CLIXML, the way pwsh's
 * console host does (its WrappedSerializer): a `#< CLIXML` line before the first object, then
 * one `<Objs>` document whose top-level elements name their stream in an S attribute, closed at
 * the end of the run. Objects are serialized to depth 1, pwsh's default for this serializer.
 */
import { nativeObjectDescriber } from '../engine/dotnet/native-object-description.js';
import { ClixmlSerializer, powerShellNamespace } from '../remoting/clixml/index.js';
import type { ObjectWriter } from './console-host.js';

const outputDepth = 1;

export class ClixmlStreamWriter implements ObjectWriter {
  private readonly serializer = new ClixmlSerializer(nativeObjectDescriber);
  private started = false;

  constructor(private readonly write: (text: string) => void) {}

  serialize(value: unknown, streamName: string): void {
    if (!this.started) {
      this.started = true;
      this.write(`#< CLIXML\n<Objs Version="1.1.0.1" xmlns="${powerShellNamespace}">`);
    }
    // The stream attribute comes first, straight after the element name, as pwsh writes it.
    this.write(this.serializer.serialize(value, outputDepth).replace(/^<[A-Za-z0-9]+/, (start) => `${start} S="${streamName}"`));
  }

  /** Closes the document (nothing was written if no object was). */
  end(): void {
    if (this.started) this.write('</Objs>');
  }
}
