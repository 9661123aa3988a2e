/**
 * puppeteer (through Ace by DAISY, a test tool) downloads no browser of its
 * own at install: the project uses Debian's chromium (.ci/run installs it).
 */
module.exports = { skipDownload: true, executablePath: '/usr/bin/chromium' };
