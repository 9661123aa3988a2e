// opencc-js ships its dictionaries as modules of `source target|…` strings, without types.
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
