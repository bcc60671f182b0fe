// The official Firecrawl JS SDK, unchanged, pointed at Scrapeline: its v2 client (the default export)
// and its v1 client (FirecrawlAppV1). FirecrawlSdkIT starts the stack and a fixture web and passes:
//   SCRAPELINE_URL         the gateway, e.g. http://127.0.0.1:8080
//   SCRAPELINE_KEY         a key of tenant A;  SCRAPELINE_OTHER_KEY  a key of tenant B
//   SCRAPELINE_HOSTS       comma-separated fixture roots; <root>/page/<n> is an article, <root>/missing is 404
import { test } from "node:test";
import assert from "node:assert/strict";
import Firecrawl, { FirecrawlAppV1 } from "@mendable/firecrawl-js";

const apiUrl = required("SCRAPELINE_URL");
const apiKey = required("SCRAPELINE_KEY");
const otherKey = required("SCRAPELINE_OTHER_KEY");
const hosts = required("SCRAPELINE_HOSTS").split(",");

/** More pages than one status page holds (100), so reading all of them takes `next`. */
const PAGES = 130;
/** Enough pages that a cancel right after the submit finds most of them unfinished. */
const CANCELLED_PAGES = 1500;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function required(name) {
  const value = process.env[name];
  assert.ok(value, `${name} must be set`);
  return value;
}

function page(n) {
  return `${hosts[n % hosts.length]}/page/${n}`;
}

function pages(first, count) {
  return Array.from({ length: count }, (_, i) => page(first + i));
}

const missing = `${hosts[0]}/missing`;

/** Every page of `first..first+count` once, with its own article. */
function assertEveryPageOnce(documents, first, count) {
  const scraped = documents.filter((doc) => doc.metadata.statusCode === 200);
  assert.equal(scraped.length, count);
  const seen = new Set(scraped.map((doc) => doc.metadata.sourceURL));
  assert.deepEqual([...seen].sort(), pages(first, count).sort());
  for (const doc of scraped) {
    const n = Number(doc.metadata.sourceURL.split("/page/")[1]);
    assert.match(doc.markdown, new RegExp(`# Article ${n} on `));
    assert.equal(doc.metadata.title, `Page ${n}`);
    assert.ok(doc.links.includes(`${doc.metadata.sourceURL}/next`), "links are absolute");
  }
}

test("v2: start a batch, wait for it and page through all of its results", { timeout: 180_000 }, async () => {
  const firecrawl = new Firecrawl({ apiKey, apiUrl });
  const started = await firecrawl.startBatchScrape([...pages(1000, PAGES), missing, "ftp://nope/"], {
    options: { formats: ["markdown", { type: "links" }], onlyMainContent: true },
    maxConcurrency: 8,
  });
  assert.match(started.id, UUID);
  assert.equal(started.url, `${apiUrl}/v2/batch/scrape/${started.id}`);
  assert.deepEqual(started.invalidURLs, ["ftp://nope/"]);

  const job = await finished(firecrawl, started.id);
  assert.equal(job.status, "completed");
  assert.equal(job.total, PAGES + 1);
  assert.equal(job.completed, PAGES + 1);
  assert.equal(job.data.length, PAGES + 1, "auto-pagination followed next to the last page");
  assertEveryPageOnce(job.data, 1000, PAGES);
  const failed = job.data.find((doc) => doc.metadata.sourceURL === missing);
  assert.equal(failed.metadata.statusCode, 404);
  assert.ok(failed.metadata.error, "a failed page carries metadata.error");

  const firstPage = await firecrawl.getBatchScrapeStatus(started.id, { autoPaginate: false });
  assert.equal(firstPage.data.length, 100);
  assert.match(firstPage.next, new RegExp(`^${apiUrl}/v2/batch/scrape/${started.id}\\?skip=100`));

  const errors = await firecrawl.getBatchScrapeErrors(started.id);
  assert.equal(errors.errors.length, 1);
  assert.equal(errors.errors[0].url, missing);
  assert.equal(errors.errors[0].code, "http_error");
  assert.deepEqual(errors.robotsBlocked, []);
});

test("v2: the batchScrape waiter returns every document", { timeout: 180_000 }, async () => {
  const firecrawl = new Firecrawl({ apiKey, apiUrl });
  const job = await firecrawl.batchScrape(pages(2000, 12), {
    options: { formats: ["markdown", "links"] },
    pollInterval: 1,
    timeout: 150,
  });
  assert.equal(job.status, "completed");
  assertEveryPageOnce(job.data, 2000, 12);
});

test("v2: cancel a running batch", { timeout: 60_000 }, async () => {
  const firecrawl = new Firecrawl({ apiKey, apiUrl });
  const started = await firecrawl.startBatchScrape(pages(10_000, CANCELLED_PAGES));
  assert.equal(await firecrawl.cancelBatchScrape(started.id), true);
  const status = await firecrawl.getBatchScrapeStatus(started.id);
  assert.equal(status.status, "cancelled");
  assert.ok(status.completed < CANCELLED_PAGES, "unfinished pages were not scraped");
  assert.equal(status.data.length, status.completed);
});

test("v2: scrape one page", { timeout: 60_000 }, async () => {
  const firecrawl = new Firecrawl({ apiKey, apiUrl });
  const doc = await firecrawl.scrape(page(3000), { formats: ["markdown", "rawHtml"] });
  assert.match(doc.markdown, /# Article 3000 on /);
  assert.match(doc.rawHtml, /<footer>/);
  assert.equal(doc.metadata.sourceURL, page(3000));
  assert.equal(doc.metadata.statusCode, 200);
});

test("v2: unsupported options and foreign batches are refused", { timeout: 60_000 }, async () => {
  const firecrawl = new Firecrawl({ apiKey, apiUrl });
  await assert.rejects(
    firecrawl.startBatchScrape([page(1)], { options: { formats: ["screenshot"] } }),
    (error) => error.status === 400 && /screenshot/.test(error.message),
  );
  await assert.rejects(
    firecrawl.scrape(page(1), { mobile: true }),
    (error) => error.status === 400 && /mobile/.test(error.message),
  );
  const started = await firecrawl.startBatchScrape([page(4000)]);
  const stranger = new Firecrawl({ apiKey: otherKey, apiUrl });
  await assert.rejects(stranger.getBatchScrapeStatus(started.id), (error) => error.status === 404);
  const wrongKey = new Firecrawl({ apiKey: "not-a-key", apiUrl });
  await assert.rejects(wrongKey.getBatchScrapeStatus(started.id), (error) => error.status === 401);
});

test("v1: start a batch and wait for it, paging through all results", { timeout: 180_000 }, async () => {
  const app = new FirecrawlAppV1({ apiKey, apiUrl });
  const job = await app.batchScrapeUrls([...pages(5000, PAGES), missing], { formats: ["markdown", "links"] }, 2);
  assert.equal(job.success, true);
  assert.equal(job.status, "completed");
  assert.equal(job.total, PAGES + 1);
  assert.equal(job.data.length, PAGES + 1, "the waiter followed next to the last page");
  assertEveryPageOnce(job.data, 5000, PAGES);
});

test("v1: start a batch, read its status page by page and its errors", { timeout: 180_000 }, async () => {
  const app = new FirecrawlAppV1({ apiKey, apiUrl });
  const started = await app.asyncBatchScrapeUrls([...pages(6000, 25), missing], { formats: ["markdown", "links"] });
  assert.equal(started.success, true);
  assert.match(started.id, UUID);
  assert.deepEqual(started.invalidURLs, []);

  let status = await app.checkBatchScrapeStatus(started.id);
  const deadline = Date.now() + 150_000;
  while (status.status === "scraping" && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    status = await app.checkBatchScrapeStatus(started.id);
  }
  assert.equal(status.success, true);
  assert.equal(status.status, "completed");

  const documents = [];
  let next;
  let pagesRead = 0;
  do {
    const current = next
      ? await app.checkBatchScrapeStatus(started.id, false, next)
      : await app.checkBatchScrapeStatus(started.id, false, undefined, 0, 10);
    documents.push(...current.data);
    next = current.next;
    pagesRead += 1;
  } while (next);
  assert.equal(pagesRead, 3);
  assert.equal(documents.length, 26);
  assertEveryPageOnce(documents, 6000, 25);

  const all = await app.checkBatchScrapeStatus(started.id, true);
  assert.equal(all.data.length, 26);

  const errors = await app.checkBatchScrapeErrors(started.id);
  assert.equal(errors.errors.length, 1);
  assert.equal(errors.errors[0].url, missing);
  assert.equal(errors.errors[0].code, "http_error");
  assert.match(errors.errors[0].timestamp, /^\d{4}-\d\d-\d\dT/);
});

test("v1: cancel a running batch", { timeout: 60_000 }, async () => {
  const app = new FirecrawlAppV1({ apiKey, apiUrl });
  // The v1 client needs params here: it reads params.origin without a guard.
  const started = await app.asyncBatchScrapeUrls(pages(20_000, CANCELLED_PAGES), { formats: ["markdown"] });
  const cancelled = await app.cancelCrawl(started.id);
  assert.equal(cancelled.status, "cancelled");
  const status = await app.checkBatchScrapeStatus(started.id);
  assert.equal(status.status, "cancelled");
  await assert.rejects(app.batchScrapeUrls([page(1)], { formats: ["json"] }), /json/);
});

test("v1: scrape one page", { timeout: 60_000 }, async () => {
  const app = new FirecrawlAppV1({ apiKey, apiUrl });
  const doc = await app.scrapeUrl(page(7000), { formats: ["markdown", "html"], onlyMainContent: true });
  assert.equal(doc.success, true);
  assert.match(doc.markdown, /# Article 7000 on /);
  assert.doesNotMatch(doc.markdown, /Copyright fixture/);
  assert.ok(doc.html);
  assert.equal(doc.metadata.title, "Page 7000");
});

/** Polls the v2 status (auto-paginated by the SDK) until the batch ends or 150 s passed. */
async function finished(firecrawl, id) {
  const deadline = Date.now() + 150_000;
  for (;;) {
    const job = await firecrawl.getBatchScrapeStatus(id);
    if (job.status !== "scraping" || Date.now() > deadline) {
      return job;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
