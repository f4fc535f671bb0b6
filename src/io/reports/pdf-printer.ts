// Prints our own HTML to PDF with the system's Chromium (Debian's /usr/bin/chromium, never a downloaded
// browser): tagged PDF with an outline from the headings, so screen readers and bookmarks work.
// One browser is started on first use and reused; each document gets its own page.
import { chromium, type Browser } from "playwright-core";

/** Debian's Chromium; another path can be given to createPdfPrinter (a setting of src/config.ts, when needed). */
export const CHROMIUM_PATH = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export interface PrintOptions {
  /** text at the foot of every page, before "pagina N di M". */
  footer?: string;
}

export interface PdfPrinter {
  /** starts the browser without waiting for it, so it starts while the document is being built. */
  warmUp(): void;
  print(html: string, options?: PrintOptions): Promise<Buffer>;
  close(): Promise<void>;
}

function escapeFooter(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function footerTemplate(footer: string): string {
  return (
    `<div style="width:100%;font-family:'DejaVu Sans',sans-serif;font-size:7pt;color:#555;padding:0 16mm;display:flex;justify-content:space-between">` +
    `<span style="overflow:hidden;white-space:nowrap;text-overflow:ellipsis;margin-right:4mm">${escapeFooter(footer)}</span>` +
    `<span style="white-space:nowrap">pagina <span class="pageNumber"></span> di <span class="totalPages"></span></span></div>`
  );
}

/** A printer that starts Chromium when first needed and starts it again if it went away. */
export function createPdfPrinter(options: { executablePath?: string } = {}): PdfPrinter {
  const executablePath = options.executablePath ?? CHROMIUM_PATH;
  let browser: Promise<Browser> | null = null;
  const getBrowser = async (): Promise<Browser> => {
    if (browser) {
      const current = await browser.catch(() => null);
      if (current?.isConnected()) return current;
    }
    browser = chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    browser.catch(() => {
      browser = null; // the next print tries again
    });
    return browser;
  };
  return {
    warmUp() {
      getBrowser().catch(() => undefined); // a failed start is reported by print()
    },
    async print(html, options = {}) {
      const context = await (await getBrowser()).newContext({ javaScriptEnabled: false, offline: true });
      try {
        const page = await context.newPage();
        // the document carries everything it needs (fonts and charts inlined): nothing to fetch
        await page.setContent(html, { waitUntil: "load" });
        return await page.pdf({
          format: "A4",
          printBackground: true,
          preferCSSPageSize: true,
          tagged: true,
          outline: true,
          displayHeaderFooter: options.footer !== undefined,
          headerTemplate: "<span></span>",
          footerTemplate: footerTemplate(options.footer ?? ""),
          margin: { top: "18mm", bottom: "20mm", left: "16mm", right: "16mm" },
        });
      } finally {
        await context.close();
      }
    },
    async close() {
      const current = browser ? await browser.catch(() => null) : null;
      browser = null;
      await current?.close();
    },
  };
}

/** One document, one browser: for the command line. */
export async function printHtmlToPdf(html: string, options: PrintOptions = {}): Promise<Buffer> {
  const printer = createPdfPrinter();
  printer.warmUp();
  try {
    return await printer.print(html, options);
  } finally {
    await printer.close();
  }
}

const shared = new WeakMap<object, PdfPrinter>();

/**
 * One printer per running application (keyed by its context object), shared by the plugins that print:
 * Chromium starts on the first PDF, and `close()` from any of them stops it (it restarts if needed again).
 */
export function sharedPdfPrinter(owner: object): PdfPrinter {
  let printer = shared.get(owner);
  if (!printer) {
    printer = createPdfPrinter();
    shared.set(owner, printer);
  }
  return printer;
}
