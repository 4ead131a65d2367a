// screenshot.mjs drives the classic Jupyter Notebook web UI (notebook 6) in
// Debian's headless Chromium through one notebook, the way a person would:
// open it, check that the notebook's "linae-go" kernel started (or select it
// from Kernel → Change kernel), click Cell → Run All, wait until every code
// cell has run and the kernel is idle, check that no cell shows error output
// and that at least one inline figure decoded, scroll to the first figure and
// save a screenshot. scripts/ui_screenshot.sh starts the server and runs this;
// it is not meant to be run alone.
//
// Settings come from the environment (all required but the timeout):
//   UI_BASE_URL     http://127.0.0.1:PORT (the notebook server, on loopback)
//   UI_TOKEN        the server's token
//   UI_NOTEBOOK     the notebook's path relative to the server's notebook-dir
//   UI_KERNEL       the kernel name the notebook must run on (linae-go)
//   UI_OUT          the PNG to write (the viewport, scrolled to the figure);
//                   a second PNG with "-figure" before ".png" holds only the
//                   figure's output area
//   UI_PROFILE      an empty directory for Chromium's --user-data-dir
//   UI_CHROMIUM     the browser (default /usr/bin/chromium)
//   UI_TIMEOUT_S    how long the whole notebook may take to run (default 900)
//
// Exit status: 0 when every code cell ran, no error output, at least one
// image, every printed CHECK passed; 1 otherwise (the reason on stderr).
import { chromium } from "playwright-core";

function need(name) {
  const v = process.env[name];
  if (!v) {
    throw new Error(`screenshot.mjs: environment variable ${name} is not set (scripts/ui_screenshot.sh sets it)`);
  }
  return v;
}

const base = need("UI_BASE_URL");
const token = need("UI_TOKEN");
const notebook = need("UI_NOTEBOOK");
const kernel = need("UI_KERNEL");
const out = need("UI_OUT");
const profile = need("UI_PROFILE");
const executablePath = process.env.UI_CHROMIUM || "/usr/bin/chromium";
const timeoutMs = 1000 * Number(process.env.UI_TIMEOUT_S || 900);
const figureOut = out.replace(/\.png$/, "") + "-figure.png";

const log = (msg) => console.log(`ui: ${msg}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// The flags the machine notes give for Debian's Chromium as root on a closed
// network: without the background-networking ones Chromium keeps trying (and
// failing) to reach Google's hosts.
const args = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

// state reads what a person would see on the page: the code cells' prompts,
// the kernel indicator, outputs by kind, and any open modal dialog. It runs
// in the page, so it must be self-contained.
function state() {
  const prompts = [...document.querySelectorAll("#notebook-container .code_cell .input_prompt")].map((p) =>
    p.textContent.replace(/\u00a0/g, " ").trim(),
  );
  const icon = document.querySelector("#kernel_indicator_icon");
  const modal = document.querySelector(".modal.in .modal-dialog");
  const imgs = [...document.querySelectorAll("#notebook-container .output_area img")];
  const text = [...document.querySelectorAll("#notebook-container .output_text pre")].map((p) => p.textContent).join("\n");
  return {
    prompts,
    idle: !!icon && icon.classList.contains("kernel_idle_icon"),
    busy: !!icon && icon.classList.contains("kernel_busy_icon"),
    iconClass: icon ? icon.className : "",
    kernelName: (document.querySelector(".kernel_indicator_name") || {}).textContent || "",
    modal: modal ? modal.innerText.trim() : "",
    errors: [...document.querySelectorAll("#notebook-container .output_error")].map((e) => e.innerText.trim()),
    stderr: document.querySelectorAll("#notebook-container .output_stderr").length,
    images: imgs.length,
    decoded: imgs.filter((i) => i.complete && i.naturalWidth > 0).length,
    checks: (text.match(/^CHECK .*$/gm) || []),
  };
}

async function main() {
  log(`Chromium ${executablePath}, notebook ${notebook}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args,
    viewport: { width: 1280, height: 1500 },
  });
  const pageErrors = [];
  let page = null;
  let saved = false;
  try {
    page = context.pages()[0] || (await context.newPage());
    page.on("pageerror", (e) => pageErrors.push(`page error: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") pageErrors.push(`console error: ${m.text()}`);
    });

    const url = `${base}/notebooks/${notebook.split("/").map(encodeURIComponent).join("/")}?token=${encodeURIComponent(token)}`;
    const resp = await page.goto(url, { waitUntil: "load", timeout: 60_000 });
    if (!resp || !resp.ok()) {
      throw new Error(`opening ${notebook}: HTTP ${resp ? resp.status() : "no response"}`);
    }
    // The notebook's JavaScript app has loaded the document and started the
    // session once Jupyter.notebook has a kernel object.
    await page.waitForFunction(() => window.Jupyter && Jupyter.notebook && Jupyter.notebook._fully_loaded, null, {
      timeout: 60_000,
    });
    log(`page loaded: ${await page.title()}`);

    // Wait for the kernel to start and answer kernel_info (the indicator
    // turns idle); a "Kernel not found" or "Dead kernel" dialog is a failure.
    const started = Date.now();
    let s = await page.evaluate(state);
    while (!(s.idle && (await page.evaluate(() => !!(Jupyter.notebook.kernel && Jupyter.notebook.kernel.info_reply && Jupyter.notebook.kernel.info_reply.status))))) {
      if (s.modal) throw new Error(`a dialog opened while the kernel started: ${s.modal.replace(/\s+/g, " ")}`);
      if (Date.now() - started > 90_000) {
        throw new Error(`the kernel did not become idle within 90 s (indicator: ${s.iconClass}, name: ${s.kernelName})`);
      }
      await sleep(500);
      s = await page.evaluate(state);
    }
    let name = await page.evaluate(() => Jupyter.notebook.kernel.name);
    if (name !== kernel) {
      // The notebook names another kernel: select ours from the menu, as a
      // person would.
      log(`kernel is ${name}; selecting ${kernel} from Kernel → Change kernel`);
      await page.click('#menus a.dropdown-toggle:text-is("Kernel")');
      await page.hover("#menu-change-kernel");
      await page.click(`#kernel-submenu-${kernel} a`);
      await page.waitForFunction(
        (k) => Jupyter.notebook.kernel && Jupyter.notebook.kernel.name === k && document.querySelector("#kernel_indicator_icon.kernel_idle_icon"),
        kernel,
        { timeout: 90_000 },
      );
      name = kernel;
    }
    const info = await page.evaluate(() => Jupyter.notebook.kernel.info_reply);
    log(
      `kernel ${name} ("${s.kernelName.trim()}") idle after ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
        `implementation ${info.implementation} ${info.implementation_version}, protocol ${info.protocol_version}, language ${info.language_info && info.language_info.name}`,
    );

    // Cell → Run All, through the menu bar.
    const total = s.prompts.length;
    if (total === 0) throw new Error(`${notebook} has no code cells`);
    await page.click('#menus a.dropdown-toggle:text-is("Cell")');
    await page.click("#run_all_cells > a");
    const runStart = Date.now();
    log(`clicked Cell → Run All on ${total} code cells`);

    // Done when every prompt holds an execution count, none shows "*", and
    // the kernel indicator is idle, twice in a row (a queued cell can start
    // between two looks).
    let stable = 0;
    let lastDone = -1;
    for (;;) {
      await sleep(1000);
      s = await page.evaluate(state);
      const running = s.prompts.filter((p) => p.includes("[*]")).length;
      const done = s.prompts.filter((p) => /\[\d+\]/.test(p)).length;
      if (done !== lastDone) {
        log(`${done}/${total} cells done, ${running} queued or running, ${s.images} images (${((Date.now() - runStart) / 1000).toFixed(0)} s)`);
        lastDone = done;
      }
      if (s.modal) throw new Error(`a dialog opened while the notebook ran: ${s.modal.replace(/\s+/g, " ")}`);
      if (running === 0 && s.idle) {
        stable++;
        if (stable >= 2) break;
      } else {
        stable = 0;
      }
      if (Date.now() - runStart > timeoutMs) {
        throw new Error(`the notebook did not finish within ${timeoutMs / 1000} s: ${done}/${total} cells done, ${running} running`);
      }
    }
    const seconds = (Date.now() - runStart) / 1000;

    // Let the images decode before judging them.
    await page
      .waitForFunction(() => [...document.querySelectorAll("#notebook-container .output_area img")].every((i) => i.complete), null, {
        timeout: 10_000,
      })
      .catch(() => {});
    s = await page.evaluate(state);
    const executed = s.prompts.filter((p) => /\[\d+\]/.test(p)).length;
    const failedChecks = s.checks.filter((c) => !/\bPASS$/.test(c.trim()));

    // The screenshot comes first so that a failing run still leaves a picture
    // of what went wrong: scroll the first figure's cell to the top of the
    // notebook area (or, without a figure, the first error).
    const target = s.images > 0 ? "#notebook-container .output_area img" : s.errors.length > 0 ? "#notebook-container .output_error" : null;
    if (target) {
      await page.evaluate((sel) => {
        const el = document.querySelector(sel);
        const cell = el.closest(".cell") || el;
        cell.scrollIntoView({ block: "start" });
        // Nothing selected: the screenshot shows the page as read, not edited.
        document.activeElement && document.activeElement.blur();
      }, target);
      await sleep(500);
    }
    await page.screenshot({ path: out });
    saved = true;
    log(`saved ${out}`);
    if (s.images > 0) {
      const area = page.locator("#notebook-container .output_area:has(img)").first();
      await area.screenshot({ path: figureOut });
      log(`saved ${figureOut}`);
    }

    const summary =
      `${notebook}: ${executed}/${total} code cells executed in ${seconds.toFixed(1)} s on kernel ${name}; ` +
      `${s.images} images (${s.decoded} decoded); ${s.errors.length} error outputs; ${s.stderr} stderr outputs; ` +
      `${s.checks.length} checks, ${failedChecks.length} failed; ${pageErrors.length} browser console errors`;
    console.log(`ui: summary: ${summary}`);
    for (const e of pageErrors) console.error(`ui: ${e}`);

    const problems = [];
    if (executed !== total) problems.push(`${total - executed} code cells did not run (prompts: ${JSON.stringify(s.prompts)})`);
    if (s.errors.length > 0) problems.push(`error output:\n${s.errors.join("\n---\n")}`);
    if (s.images === 0) problems.push("no inline <img> output");
    else if (s.decoded < s.images) problems.push(`${s.images - s.decoded} images did not decode`);
    if (failedChecks.length > 0) problems.push(`failed checks:\n${failedChecks.join("\n")}`);
    if (problems.length > 0) throw new Error(problems.join("\n"));
  } finally {
    if (page && !saved) {
      // Leave a picture of the page as it was when the run failed.
      await page
        .screenshot({ path: out })
        .then(() => console.error(`ui: saved ${out} (the page at the failure)`))
        .catch(() => {});
    }
    await context.close();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`ui: FAIL: ${err && err.message ? err.message : err}`);
    process.exit(1);
  },
);
