import type { ReferenceSettings } from '../../src/k8s/external.js';
import { addFile, type LoadedSet } from '../../src/load/load.js';
import { ManifestSet } from '../../src/k8s/manifest-set.js';
import { SourceFile } from '../../src/source/source-file.js';

/** A ManifestSet of one in-memory file, objects without a namespace in `default`. */
export function manifestSet(text: string, references: ReferenceSettings = {}): ManifestSet {
  const loaded: LoadedSet = {
    label: 'test',
    manifests: [],
    problems: [],
    skippedDocuments: 0,
    files: [],
  };
  addFile(loaded, new SourceFile('test.yaml', text), 'default');
  return new ManifestSet(loaded.manifests, 'default', references);
}
