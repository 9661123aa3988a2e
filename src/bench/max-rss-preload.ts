/**
 * Preloaded (`node --import`) into a fresh build when `/usr/bin/time -v` is
 * not available: prints the process's peak resident set size at exit.
 */
import { maxRssMarker } from './rss-marker.js';

process.on('exit', () => {
  process.stderr.write(`\n${maxRssMarker} ${process.resourceUsage().maxRSS}\n`);
});
