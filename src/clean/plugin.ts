import type { VFile } from 'vfile';
import type { LineRoot } from './line-tree.js';

/** A cleaning stage: a unified-style attacher returning a transformer on the line tree. */
export type CleanTransformer = (tree: LineRoot, file: VFile) => void;
export type CleanPlugin<Options = void> = (options: Options) => CleanTransformer;
