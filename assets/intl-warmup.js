// Loads the browser's number-formatting data (ICU) on a worker thread while the app downloads
// and compiles. The first Intl.NumberFormat in a page costs 30-50 ms on a 2-core machine; once a
// worker has paid it, the app's first one on the main thread costs about 0.1 ms.
new Intl.NumberFormat("da-DK", { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(1234.5);
new Intl.NumberFormat("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(1234.5);
close();
