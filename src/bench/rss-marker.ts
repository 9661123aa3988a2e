/** The stderr line the max-RSS preload prints and the harness reads back. */
export const maxRssMarker = 'wenji-bench-max-rss-kb';
