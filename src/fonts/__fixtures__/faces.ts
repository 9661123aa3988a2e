/**
 * Faces of other designs and formats than the default Noto, from the
 * project's dev dependencies: M PLUS Rounded 1c (TrueType, em box from OS/2)
 * and Source Han Sans SC (CFF outlines, CID-keyed). Font manifests for whole
 * books in them lie beside this file.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

export const otherFaces = {
  roundedRegular: require.resolve('@expo-google-fonts/m-plus-rounded-1c/400Regular/MPLUSRounded1c_400Regular.ttf'),
  roundedBold: require.resolve('@expo-google-fonts/m-plus-rounded-1c/700Bold/MPLUSRounded1c_700Bold.ttf'),
  cffRegular: require.resolve('node-source-han-sans-sc/SourceHanSansSC-Regular.otf'),
  cffBold: require.resolve('node-source-han-sans-sc/SourceHanSansSC-Bold.otf'),
  /** The same face as a web font, which wenji refuses. */
  cffWoff2: require.resolve('node-source-han-sans-sc/SourceHanSansSC-Regular.woff2'),
} as const;

/** Font manifests of whole books in the other faces, by family. */
export const otherFontManifests = {
  'M PLUS Rounded 1c': join(import.meta.dirname, 'm-plus-rounded.fonts.yaml'),
  'Source Han Sans SC (CFF)': join(import.meta.dirname, 'source-han-sans.fonts.yaml'),
} as const;
