"""The analysts' web page, end to end in real headless Chromium.

A uvicorn subprocess serves the app on a free 127.0.0.1 port with a fresh data dir; an analyst
key comes from the CLI; Debian's /usr/bin/chromium is driven by the ``playwright`` package
(its own browser download is never used). The test logs in, submits a Thai tip-off, finds it
at the top of the triage queue, opens it, checks the highlighted entities and evidence, makes
corrections by clicking (relabel, add by selecting text, subtype toggle), claims it, and checks
through the API that everything was stored.

Needs: ``apt-get install chromium fonts-noto-cjk fonts-thai-tlwg`` and ``pip install
playwright==1.65.2``; skipped, with the reason, when either is missing. Screenshots go to
``$WEB_SCREENSHOT_DIR`` if set (to look at them), else to pytest's tmp dir.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
STARTUP_TIMEOUT = float(os.environ.get("WEB_TEST_STARTUP_TIMEOUT", "180"))  # model load on a busy box

sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed "
                               "(pip install playwright==1.65.2; no `playwright install` needed)")
sync_api.expect.set_options(timeout=20_000)  # assertions wait up to 20 s (default 5): the box may be busy
pytestmark = [
    pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK),
                       reason=f"{CHROMIUM} is missing (apt-get install -y chromium fonts-noto-cjk fonts-thai-tlwg)"),
]

THAI_TIP = ("ผมได้งานที่เมียวดีผ่านนายหน้าชื่อสมชาย บอกว่าเป็นงานโรงงานเงินเดือนดี "
            "พอไปถึงเขายึดพาสปอร์ตของผมไว้ บังคับให้ทำงานหลอกคนทางออนไลน์ "
            "ติดต่อนายหน้าได้ที่ 081-442-9071 ช่วยด้วย")
RELATED_TIP = "Same recruiter again, his WhatsApp is +66 81 442 9071, he promises factory jobs in Malaysia."
CHINESE_TIP = "他们说在妙瓦底的工厂工作，到了以后老板扣押了护照，逼我们做网络诈骗。中介电话 138 0013 8000。"
CHINESE_NOTE = "今天在清迈的天气很好，我们去市场买水果。"
ENGLISH_NOTE = "Thanks for the workshop yesterday, the slides are on the shared drive."


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _call(base: str, method: str, path: str, key: str | None = None, body: dict | None = None):
    req = urllib.request.Request(base + path, method=method,
                                 data=json.dumps(body).encode() if body is not None else None)
    if key:
        req.add_header("Authorization", f"Bearer {key}")
    if body is not None:
        req.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(req, timeout=30) as res:
        return res.status, json.loads(res.read() or b"null")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("web-data")
    env = {k: v for k, v in os.environ.items() if not k.startswith("NLP_SERVICE_")}
    env.update(NLP_SERVICE_DATA_DIR=str(data_dir), NLP_SERVICE_MODEL_POLL_SECONDS="3600")
    cli = shutil.which("nlp-service", path=str(Path(sys.executable).parent)) or "nlp-service"
    keys = {}
    for role in ("analyst", "submitter"):
        out = subprocess.run([cli, "keys", "create", "--role", role, "--name", "t"], env=env, cwd=data_dir,
                             capture_output=True, text=True, timeout=120, check=True)
        keys[role] = out.stdout.strip().splitlines()[-1]
    port = _free_port()
    log = open(data_dir / "server.log", "w")
    proc = subprocess.Popen([sys.executable, "-m", "uvicorn", "nlp_service.api.main:create_app", "--factory",
                             "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
                            env=env, cwd=data_dir, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP_TIMEOUT
    try:
        while True:
            if proc.poll() is not None:
                pytest.fail(f"server exited ({proc.returncode}): {(data_dir / 'server.log').read_text()[-3000:]}")
            try:
                if _call(base, "GET", "/readyz")[0] == 200:
                    break
            except (urllib.error.URLError, ConnectionError, OSError):
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"server not ready after {STARTUP_TIMEOUT:.0f}s")
            time.sleep(0.5)
        yield {"base": base, "key": keys["analyst"], "submitter_key": keys["submitter"], "log": data_dir / "server.log"}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture
def shots(tmp_path) -> Path:
    path = Path(os.environ.get("WEB_SCREENSHOT_DIR") or tmp_path / "screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


def test_static_assets_are_served_same_origin(server):
    with urllib.request.urlopen(server["base"] + "/", timeout=10) as res:
        html = res.read().decode()
        assert res.headers["Content-Type"].startswith("text/html")
        assert "default-src 'self'" in res.headers["Content-Security-Policy"]
    assert "/ui/app.js" in html and "/ui/style.css" in html and "http" not in html.split("<body>")[0]
    for name, ctype in (("app.js", "text/javascript"), ("style.css", "text/css")):
        with urllib.request.urlopen(f"{server['base']}/ui/{name}", timeout=10) as res:
            assert res.headers["Content-Type"].startswith(ctype)
    for bad in ("routes.py", "..%2Fapi%2Fmain.py", "nope.js"):
        with pytest.raises(urllib.error.HTTPError) as e:
            urllib.request.urlopen(f"{server['base']}/ui/{bad}", timeout=10)
        assert e.value.code == 404


SELECT_TEXT_JS = """(word) => {
  const box = document.querySelector('#doc-text');
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.data.indexOf(word);
    if (i < 0) continue;
    const range = document.createRange();
    range.setStart(n, i); range.setEnd(n, i + word.length);
    const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range);
    n.parentElement.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
    return true;
  }
  return false;
}"""


def test_analyst_workflow_in_chromium(server, shots):
    base, key = server["base"], server["key"]
    # Two low-risk reports first (one Chinese, for the font check), so "top of the queue" means something.
    for text in (CHINESE_NOTE, ENGLISH_NOTE):
        assert _call(base, "POST", "/v1/documents", key, {"text": text, "source": "seed"})[0] == 201
    models = _call(base, "GET", "/v1/models", key)[1]["active"]

    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        errors: list[str] = []
        try:
            page = browser.new_page(viewport={"width": 1360, "height": 1000}, locale="en-GB")
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("response", lambda r: errors.append(f"{r.status} {r.url}") if r.status >= 400 else None)
            page.set_default_timeout(20_000)
            expect = sync_api.expect

            # Log in.
            page.goto(base + "/")
            expect(page.locator("#login-key")).to_be_visible()
            page.fill("#login-key", key)
            page.click("#login-form button[type=submit]")
            expect(page.locator("#who-role")).to_have_text("analyst")
            expect(page.locator("#triage-rows tr")).to_have_count(2)

            # Submit a Thai tip-off; the page goes to its document view.
            page.click("a[data-nav=submit]")
            page.fill("#submit-text", THAI_TIP)
            page.fill("#submit-source", "hotline")
            page.click("#submit-go")
            page.wait_for_url("**/#/doc/*")
            expect(page.locator("#doc-id")).not_to_be_empty()
            doc_id = page.locator("#doc-id").inner_text()

            # It heads the triage queue; open it from there.
            page.click("a[data-nav=triage]")
            rows = page.locator("#triage-rows tr")
            expect(rows).to_have_count(3)
            expect(rows.first).to_have_attribute("data-id", doc_id)
            expect(rows.first.locator(".badge")).to_have_text("critical")
            expect(rows.first.locator(".fam-trafficking")).to_be_visible()
            assert rows.first.locator("td.snippet").get_attribute("lang") == "th"
            page.screenshot(path=str(shots / "01-triage.png"), full_page=True)
            # A later report with the same phone number shows up as related.
            related_id = _call(base, "POST", "/v1/documents", key, {"text": RELATED_TIP})[1]["id"]
            rows.first.click()

            # Entities highlighted by label, evidence underlined, model version shown.
            text_box = page.locator("#doc-text")
            expect(text_box).to_have_attribute("lang", "th")
            location = text_box.locator("mark.ent[data-label=LOCATION]", has_text="เมียวดี")
            expect(location).to_be_visible()
            expect(text_box.locator("mark.ent[data-label=PHONE]", has_text="081-442-9071")).to_be_visible()
            expect(text_box.locator(".ev").first).to_be_visible()
            assert "พาสปอร์ต" in "".join(text_box.locator(".ev").all_inner_texts())
            expect(page.locator(".family[data-family=trafficking] input[data-family]")).to_be_checked()
            expect(page.locator("#doc-model-version")).to_have_text(f"{models['name']} {models['version']}")
            bg = location.evaluate("e => getComputedStyle(e).backgroundColor")
            assert bg not in ("rgba(0, 0, 0, 0)", "transparent")
            related = page.locator(f"#doc-related a[href='#/doc/{related_id}']")
            expect(related).to_be_visible()
            expect(page.locator("#doc-related")).to_contain_text("PHONE +66814429071")
            page.screenshot(path=str(shots / "02-document.png"), full_page=True)

            # Relabel: click the entity, pick another label.
            location.click()
            expect(page.locator("#popover")).to_be_visible()
            page.screenshot(path=str(shots / "03-entity-popover.png"))
            page.click("#popover button[data-label=ORG]")
            expect(text_box.locator("mark.ent[data-label=ORG]", has_text="เมียวดี")).to_be_visible()
            expect(page.locator("#doc-annotations li:not(.none)")).to_have_count(1)

            # Add: select the broker's name, pick PERSON.
            assert page.evaluate(SELECT_TEXT_JS, "สมชาย")
            expect(page.locator("#popover .pop-title")).to_contain_text("สมชาย")
            page.click("#popover button[data-label=PERSON]")
            expect(text_box.locator("mark.ent[data-label=PERSON]", has_text="สมชาย")).to_be_visible()
            expect(page.locator("#doc-annotations li:not(.none)")).to_have_count(2)

            # Toggle a subtype, then claim the report.
            sub = page.locator("input[data-subtype='trafficking.deceptive_recruitment']")
            want = not sub.is_checked()
            sub.click()
            expect(page.locator("#doc-annotations li:not(.none)")).to_have_count(3)
            expect(page.locator("input[data-subtype='trafficking.deceptive_recruitment']")).to_be_checked(checked=want)
            page.click("#doc-actions button[data-act=claim]")
            expect(page.locator("#doc-meta")).to_contain_text("claimed by you")
            page.screenshot(path=str(shots / "04-corrected.png"), full_page=True)

            # Models panel.
            page.click("a[data-nav=models]")
            expect(page.locator("#model-active")).to_have_text(f"{models['name']} {models['version']}")

            # Upload a Chinese .txt file; remove one of its entities.
            page.click("a[data-nav=submit]")
            page.set_input_files("#submit-file", {"name": "tip.txt", "mimeType": "text/plain",
                                                  "buffer": CHINESE_TIP.encode("utf-8")})
            page.click("#submit-go")
            page.wait_for_url("**/#/doc/*")
            expect(page.locator("#doc-meta")).to_contain_text("file: tip.txt")
            expect(page.locator("#doc-text")).to_have_attribute("lang", "zh")
            expect(page.locator("#doc-text")).to_contain_text("妙瓦底")
            zh_id = page.locator("#doc-id").inner_text()
            marks = page.locator("#doc-text mark.ent")
            n_marks = marks.count()
            assert n_marks >= 1
            removed = marks.first.inner_text()
            marks.first.click()
            page.click("#pop-remove")
            expect(page.locator("#doc-annotations li:not(.none)")).to_have_count(1)
            expect(marks).to_have_count(n_marks - 1)
            page.screenshot(path=str(shots / "05-chinese-upload.png"), full_page=True)
            assert not errors, errors
        except Exception:
            print("browser errors:", errors)
            print("server log:", server["log"].read_text()[-4000:])
            raise
        finally:
            browser.close()

    # The corrections and the claim are stored.
    detail = _call(base, "GET", f"/v1/documents/{doc_id}", key)[1]
    kinds = [a["kind"] for a in detail["annotations"]]
    assert kinds == ["entity_relabel", "entity_add", "subtype_set" if want else "subtype_clear"]
    relabel, add = detail["annotations"][0]["payload"], detail["annotations"][1]["payload"]
    assert relabel["label"] == "ORG" and relabel["text"] == "เมียวดี"
    assert add == {"start": THAI_TIP.index("สมชาย"), "end": THAI_TIP.index("สมชาย") + 5, "text": "สมชาย",
                   "label": "PERSON"}
    gold = {(e["text"], e["label"]) for e in detail["corrected"]["entities"]}
    assert {("เมียวดี", "ORG"), ("สมชาย", "PERSON"), ("081-442-9071", "PHONE")} <= gold
    assert ("trafficking.deceptive_recruitment" in detail["corrected"]["subtypes"]) is want
    assert detail["review_status"] == "claimed"
    zh = _call(base, "GET", f"/v1/documents/{zh_id}", key)[1]
    assert zh["filename"] == "tip.txt" and zh["text"] == CHINESE_TIP
    assert [(a["kind"], a["payload"]["text"]) for a in zh["annotations"]] == [("entity_remove", removed)]


def test_submitter_sees_no_queue_and_cannot_correct(server, shots):
    base = server["base"]
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.set_default_timeout(20_000)
            expect = sync_api.expect
            page.goto(base + "/")
            page.fill("#login-key", "nlps_not-a-real-key")
            page.click("#login-form button[type=submit]")
            expect(page.locator("#flash.error")).to_contain_text("401")
            expect(page.locator("#who")).to_be_hidden()

            page.fill("#login-key", server["submitter_key"])
            page.click("#login-form button[type=submit]")
            expect(page.locator("#who-role")).to_have_text("submitter")
            expect(page.locator("a[data-nav=triage]")).to_be_hidden()
            expect(page.locator("#submit-text")).to_be_visible()  # a submitter's home is the submit form
            page.fill("#submit-text", "Broker Ko Win took our passports in Mae Sot, call him on 081-442-9071.")
            page.click("#submit-go")
            page.wait_for_url("**/#/doc/*")
            expect(page.locator("#doc-text mark.ent").first).to_be_visible()
            expect(page.locator("#doc-actions")).to_be_hidden()
            page.locator("#doc-text mark.ent").first.click()
            expect(page.locator("#popover")).to_be_hidden()
            expect(page.locator("input[data-family]").first).to_be_disabled()
            page.screenshot(path=str(shots / "06-submitter.png"), full_page=True)

            page.click("#logout")
            expect(page.locator("#login-key")).to_be_visible()
            assert page.evaluate("sessionStorage.length") == 0
        finally:
            browser.close()
