"""Build corpora/samples/en.jsonl from the hand-written, marked-up English examples below.

    cd /work/main && .venv/bin/python training/samples_src/en_build.py

All texts are original (written for this project), not copied from any corpus or website.
Names, phone numbers, accounts and wallet addresses are invented.

Each example is ``R(genre, labels, marked_text)``:

* ``labels``: space-separated subtype keys ("scam.job_task") and/or bare families ("scam");
  families are derived from the subtypes. ``""`` = hard negative (no family).
* ``marked_text``: entities in the shared markup ``⟦surface|LABEL⟧`` or in the shorthand
  ``{surface|CODE}`` with CODE one of P (PERSON), L (LOCATION), O (ORG), PH (PHONE), EM (EMAIL),
  U (URL), H (HANDLE), B (BANK_ACCOUNT), C (CRYPTO_WALLET), ID (ID_NUMBER), M (MONEY).
  The shorthand is rewritten to ``⟦…⟧`` and converted with :func:`training.markup.parse_markup`.

Ids are assigned in order (en-0001, …): append new examples at the end to keep ids stable.
"""

from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from training.markup import parse_markup  # noqa: E402

CODES = {
    "P": "PERSON", "L": "LOCATION", "O": "ORG", "PH": "PHONE", "EM": "EMAIL", "U": "URL",
    "H": "HANDLE", "B": "BANK_ACCOUNT", "C": "CRYPTO_WALLET", "ID": "ID_NUMBER", "M": "MONEY",
}
_SHORT = re.compile(r"\{([^{}|]+)\|(" + "|".join(sorted(CODES, key=len, reverse=True)) + r")\}")

EXAMPLES: list[tuple[str, str, str]] = []


def R(genre: str, labels: str, marked: str) -> None:
    EXAMPLES.append((genre, labels, marked.strip("\n")))


_LINT = [
    ("phone", re.compile(r"(?<![\w.])(?:\+\d{2,3}[\s-]?)?\(?0?\d{1,3}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\w)")),
    ("url", re.compile(r"\b(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|net|org|io|cc|vip|xyz|top|co|th|cn|app|link)\b(?:/\S*)?")),
    ("email", re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+")),
    ("handle", re.compile(r"(?<![\w.])@\w{3,}")),
    ("wallet", re.compile(r"\b(?:T[1-9A-HJ-NP-Za-km-z]{33}|0x[0-9a-fA-F]{40}|bc1[0-9a-z]{20,60})\b")),
    ("money", re.compile(r"(?:[$\u20ac\u00a3\u0e3f]\s?\d[\d,.]*|\b\d[\d,.]*\s?(?:(?:k|million|billion)\s)?(?:baht|usdt|eth|btc|usd|rmb|yuan|kyat|dong|pesos?|ringgit|riel|kip|dollars?)\b|\b(?:thb|rmb|usd|cny|rm|vnd|php|s\$|nt\$)\s?\d[\d,.]*|[\u20b1\u00a5]\d[\d,.]*)", re.I)),
]


def lint(text: str, entities: list[dict]) -> list[str]:
    """Identifier-looking strings that no entity covers (a reminder, not an error)."""
    covered = [(e["start"], e["end"]) for e in entities]
    out = []
    for kind, rx in _LINT:
        for m in rx.finditer(text):
            if kind == "phone" and sum(c.isdigit() for c in m.group()) < 8:
                continue
            if not any(s <= m.start() + 1 and m.end() - 1 <= e for s, e in covered):
                out.append(f"{kind}: {m.group()!r}")
    return out


def build(examples: list[tuple[str, str, str]] = EXAMPLES, id_prefix: str = "en-") -> list[dict]:
    rows = []
    for n, (genre, labels, marked) in enumerate(examples, 1):
        marked = _SHORT.sub(lambda m: f"\u27e6{m.group(1)}|{CODES[m.group(2)]}\u27e7", marked)
        text, entities = parse_markup(marked)
        subtypes = [x for x in labels.split() if "." in x]
        families = []
        for x in labels.split():
            fam = x.split(".")[0]
            if fam not in families:
                families.append(fam)
        rows.append({
            "id": f"{id_prefix}{n:04d}", "lang": "en", "genre": genre, "text": text,
            "families": families, "subtypes": subtypes, "entities": entities,
        })
    return rows


def main(examples: list[tuple[str, str, str]] = EXAMPLES, id_prefix: str = "en-", filename: str = "en.jsonl") -> None:
    """Write ``corpora/samples/<filename>`` and print counts (``-v``: identifiers left unmarked)."""
    rows = build(examples, id_prefix)
    out = ROOT / "corpora" / "samples" / filename
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    verbose = "-v" in sys.argv
    warnings = 0
    for row in rows:
        text = row["text"]
        for e in row["entities"]:
            span = text[e["start"]:e["end"]]
            if span != span.strip():
                print(f"{row['id']}: entity with surrounding space {span!r}")
        for w in lint(text, row["entities"]):
            warnings += 1
            if verbose:
                print(f"{row['id']}: unmarked {w}")
    c = collections.Counter()
    for row in rows:
        c.update(row["subtypes"])
        c.update(f"family:{f}" for f in row["families"] or ["none"])
    neg = c["family:none"]
    print(f"wrote {len(rows)} rows to {out} ({neg} negatives = {neg / max(len(rows), 1):.0%}); "
          f"{warnings} lint warnings (-v to list)")
    for k, v in sorted(c.items()):
        print(f"  {k}: {v}")


# ---------------------------------------------------------------------------------------------
# Examples
# ---------------------------------------------------------------------------------------------

# --- batch 1: trafficking into scam compounds, deceptive recruitment ------------------------------
R("tipoff", "trafficking.deceptive_recruitment trafficking.forced_criminality trafficking.document_confiscation scam", """
My brother {Anan Srisuk|P} (26) went to {Mae Sot|L} on 3 March for a "customer service" job in {Bangkok|L} he found on Facebook. The agent, who calls himself {Ko Win|P}, took him across the river instead. Now he is in a building near {Shwe Kokko|L} and says they took his passport and phone. He has to chat with foreigners all day to make them invest in fake crypto. If he does not reach target they beat him. Please help. Agent phone {+66 81 442 9071|PH}.
""")
R("chat", "trafficking.forced_criminality trafficking.debt_bondage scam.investment_crypto", """
[22:14] bro i cant talk long. boss say if i want go home must pay {$8,000|M} compensation
[22:14] they say i owe for ticket and food and "training"
[22:15] everyday 16 hours make fake girl profile, talk to americans about crypto
[22:16] this place call {KK Park|L}. pls tell mom i ok
""")
R("police_report", "trafficking.deceptive_recruitment trafficking.forced_criminality scam", """
On 14 June the {Tak Provincial Police|O} received 23 Indonesian and 7 Kenyan nationals handed over at the {Thai-Myanmar Friendship Bridge|L} in {Mae Sot|L}. Victims stated they were recruited via Telegram for "IT sales" jobs in {Thailand|L} paying {$1,500|M} a month, then driven across the {Moei River|L} to a compound in {Myawaddy|L}, where they were forced to run online fraud under threat of beatings and electric shocks. Screening by the {Department of Special Investigation|O} is ongoing.
""")
R("job_ad", "trafficking.deceptive_recruitment", """
URGENT HIRING!!! Customer Service / Typing Job in {Thailand|L}. Salary {$1,200|M}-{$2,000|M} + commission. Free flight ticket, free food and accommodation. No experience needed, basic English ok. Age 18-35. Passport required. Visa arranged by company. Contact HR Ms {Jenny|P} on Telegram {@jenny_hr_thai|H} or WhatsApp {+855 96 771 2034|PH}. Limited slots, fly this week!
""")
R("ngo_report", "trafficking.deceptive_recruitment trafficking.forced_criminality trafficking.document_confiscation trafficking.debt_bondage scam.romance", """
Case note #{MS-2023-118|ID}. Client: male, 31, Filipino national, referred by {IJM|O}. Recruited through a Facebook friend for a "chat support" job in {Bangkok|L}; flown {Manila|L}–{Bangkok|L}, then driven to {Mae Sot|L} and across the border. Held for 7 months in a compound in {Myawaddy|L}. Passport confiscated on arrival. Forced to operate romance profiles targeting men in the {US|L} and {Europe|L}, with a daily quota. Told he owed {$12,000|M} to leave. Released after his family paid {$3,000|M} to a broker. Reports beatings and confinement in a "dark room". Referred for shelter and repatriation via {DSWD|O}.
""")
R("news", "trafficking.forced_criminality trafficking.deceptive_recruitment scam", """
{BANGKOK|L} – More than 200 foreigners rescued from scam centres in {Myanmar|L}'s {Myawaddy|L} district crossed into {Thailand|L} on Wednesday, officials said. Many told police they had been lured by fake job offers and forced to defraud people online. {Thailand|L}'s {Ministry of Social Development and Human Security|O} said victim identification interviews would take several days.
""")
R("sms", "trafficking.deceptive_recruitment", """
Hello sis, job in {Cambodia|L} casino {1,000 dollar|M} per month, no need experience, boss pay ticket. You want? Go together next week from {Poipet|L}. Add my line {nong_mai2534|H}
""")
R("chat", "trafficking.forced_criminality trafficking.document_confiscation", """
mom they take my passport when we arrive. i cannot go outside, guards have gun. plz dont call this number, they check phone. i am in {Sihanoukville|L} building with blue roof near {Otres|L}
""")
R("tipoff", "trafficking.forced_criminality trafficking.forced_labour scam.job_task", """
Caller reports her son {Zhang Wei|P} (张伟), 22, from {Guangxi|L}, is held in {Laukkaing|L} in {Kokang|L}. He was told he would work in a hotel. He is forced to post fake "like and follow" tasks to Chinese victims and is beaten with a plastic pipe if he fails. Contact from son: WeChat {zw_9987|H}.
""")
R("police_report", "trafficking.forced_criminality trafficking.debt_bondage scam.investment_crypto", """
Interview summary: Victim V-07, Vietnamese male, 24. States he was sold by a broker to a company in the {Golden Triangle SEZ|L} ({Bokeo|L}, {Laos|L}) for {$3,500|M}. Tasked with building trust with US victims on Instagram and steering them to a fake trading app "{CoinEx Pro|O}". When he asked to leave he was told he must "pay back" {$7,000|M}. He was later resold to a second compound.
""")
R("social_post", "trafficking.deceptive_recruitment scam", """
WARNING to all friends in {Kenya|L}: do NOT trust these "{Thailand|L} customer service jobs" paying {$1,000|M}+. My cousin went in January, landed in {Bangkok|L}, was driven 8 hours to {Mae Sot|L} and then across to {Myanmar|L}. Company is a scam compound. Share this!!
""")
R("court", "trafficking.deceptive_recruitment trafficking.forced_criminality scam", """
The {Criminal Court|O} found the defendant, {Somsak Jaidee|P}, guilty of human trafficking and participation in a transnational criminal organisation. The court held that he recruited four Thai nationals from {Khon Kaen|L} with false promises of work at an online shop in {Tachileik|L}, knowing they would be delivered to a scam operation and forced to commit fraud. He was sentenced to 12 years' imprisonment.
""")
R("email", "trafficking.deceptive_recruitment", """
Dear Applicant,
Congratulations! You have been selected for the position of Online Marketing Assistant at {Golden Sky Technology Co., Ltd.|O} in {Thailand|L}. Monthly salary: {USD 1,800|M}. Air ticket and visa will be fully covered by the company. Please send a copy of your passport and 2 photos to {hr.goldensky.recruit@gmail.com|EM} within 48 hours. Your flight is arranged from {Kuala Lumpur|L} to {Bangkok|L}; our driver will meet you at the airport and take you to the office near the border.
Regards, Mr {Alex Tan|P} – HR Department
""")
R("chat", "trafficking.forced_criminality scam.investment_crypto", """
Team leader: today every1 need 3 new customer open account. no result no food tonight.
Team leader: use script B for old customer, tell him USDT pool is closing soon
Worker12: boss my customer no money already
Team leader: tell him borrow from family. understand?
""")
R("tipoff", "trafficking.forced_criminality trafficking.document_confiscation", """
Anonymous tip: about 40 Thai and Lao workers kept on 5th floor of building "{D9|L}" in {Myawaddy|L}, opposite the {Yatai New City|L} gate. Passports kept by company in a safe. Workers must sign contract for 1 year. Two tried to escape last week and were beaten. Contact in compound uses Telegram {@freedom_myw|H}.
""")
R("news", "trafficking.forced_criminality scam", """
{PHNOM PENH|L} – Cambodian police raided a compound in {Sihanoukville|L} on Tuesday and detained 600 people of 14 nationalities, the {National Police|O} said. Authorities said some had been held against their will and forced to work in online scams, while others were suspected of running the fraud.
""")
R("ngo_report", "trafficking.forced_criminality trafficking.debt_bondage", """
Hotline intake: female caller from {Laos|L} reports her sister, 19, is working "as translator" in {Kings Romans|L} area of the {Golden Triangle SEZ|L}. Sister says the company deducts "fines" from salary for missing targets; after four months she owes more than she earned and is not allowed to leave until debt of {40,000 yuan|M} is paid.
""")
R("chat", "trafficking.deceptive_recruitment", """
Agent: Sister, job very easy, only typing on computer, like office. Salary {25,000 baht|M} first month, after that more. 
Agent: Company pay bus from {Chiang Rai|L} to {Mae Sai|L}, then cross for 1 day only to sign contract.
Agent: Dont tell anyone yet ok, the slot limited.
""")
R("police_report", "trafficking.forced_criminality trafficking.sexual_exploitation", """
Two Vietnamese women rescued from a compound in {Bavet|L}, {Svay Rieng|L} province, told investigators they were first forced to run online gambling chats and, after failing targets, were sold to a karaoke bar in the same town and forced into prostitution. Suspects identified as {Nguyen Van Hoa|P} and a Chinese national known as "{Lao Chen|P}".
""")
R("sms", "trafficking.forced_criminality scam", """
Help me pls. I am in {Myanmar|L} scam company. they beat me. my location 16.6823, 98.5032. call {Thai police|O}
""")
R("tipoff", "trafficking.forced_criminality trafficking.deceptive_recruitment scam.investment_crypto", """
Submitted via web form. Victim: {Rahul Sharma|P}, 28, Indian passport {Z7184456|ID}. Recruited by agent in {Dubai|L} for "data entry" job in {Thailand|L}; taken to {Laos|L} {Golden Triangle|L} zone. Forced to create fake profiles and convince people to invest on "{BitGlobalX|O}". Family contact: {+91 98201 55374|PH}.
""")
R("news", "trafficking.forced_criminality trafficking.deceptive_recruitment scam", """
{MANILA|L} – The {Bureau of Immigration|O} said it had intercepted 11 Filipinos at {NAIA|L} who were posing as tourists but were in fact bound for scam hubs in {Cambodia|L}. Officials warned that jobs advertised online as "call centre agents" often end with workers trapped and forced to scam.
""")
R("chat", "trafficking.document_confiscation trafficking.forced_labour", """
Worker: boss pls give back my passport, my visa finish already
Manager: passport stay with company until contract finish. you want go, you pay {30,000 baht|M}
Worker: but you never pay salary 2 month
Manager: stop complain or i call police say you illegal
""")
R("court", "trafficking.forced_criminality trafficking.document_confiscation scam.investment_crypto", """
The {Intermediate People's Court of Xishuangbanna|O} sentenced 11 defendants for crimes including fraud and illegal detention. The court found that the defendants confined workers in a compound in {Mong La|L}, confiscated their passports and forced them to carry out investment fraud targeting residents of {China|L}, causing losses of more than {RMB 30 million|M}.
""")

# --- batch 2: scams ----------------------------------------------------------------------------
R("sms", "scam.impersonation", """
[{Kerry Express|O}] Your parcel {TH2409117|ID} was found to contain illegal drugs and fake passports. Police case opened. Press 1 or call {02-114-8823|PH} immediately to clear your name.
""")
R("tipoff", "scam.impersonation", """
A man called my mother (72) from {+66 96 318 2207|PH} claiming to be Pol Lt Col {Thanakorn|P} of the {Narcotics Suppression Bureau|O}. He said her bank account was used for money laundering by a drug gang and she must transfer all savings to a "safe account" for checking. He sent a video call showing a police uniform and an arrest warrant with her name. She transferred {850,000 baht|M} to {Krungthai Bank|O} account {982-0-41157-3|B} (name Mr {Pichai Saengthong|P}) before we stopped her.
""")
R("chat", "scam.impersonation", """
"Officer": This is {Shanghai Public Security Bureau|O}. Your ID {310104199203152817|ID} is linked to a money laundering case. Do not tell anyone, this is confidential. You need to download the app we send to cooperate with investigation.
Victim: what case? i live in {Chiang Mai|L}
"Officer": If you hang up a warrant will be issued through {Interpol|O}.
""")
R("sms", "scam.impersonation", """
{PEA|O}: Your electricity will be cut today due to unpaid bill {THB 2,340|M}. Add LINE official {@pea-refund|H} to verify and receive refund.
""")
R("sms", "scam.impersonation scam.phishing_account", """
{Revenue Department|O}: You are eligible for a tax refund of {4,512.50 baht|M}. Please verify your details within 24 hrs at {https://rd-refund-th.com|U}
""")
R("news", "scam.impersonation", """
{CHIANG RAI|L} – Police arrested a 29-year-old man in {Mae Sai|L} accused of withdrawing cash for a call-centre gang that posed as {DHL|O} staff and police officers. Victims were told their parcels contained drugs and that they had to transfer money for "verification". More than 30 victims lost a combined {12 million baht|M}, police said.
""")
R("chat", "scam.impersonation", """
Hi Dad, this is my new number, my phone broke. Can you help me pay a bill today? I will return tomorrow. Please send {RM 2,800|M} to {Maybank|O} {1621 4478 2093|B}, it's my friend's account.
""")
R("email", "scam.impersonation", """
From: CEO {Daniel Lim|P} <{daniel.lim.ceo@outlook-mail.co|EM}>
Subject: Urgent & confidential
Hi {Mei|P}, I am in a meeting with the {Vientiane|L} partners and cannot talk. Please process a payment of {USD 46,200|M} to the new supplier account at {Joint Development Bank|O}, acct {0101 3312 8809|B}, today before 3pm. Do not discuss with anyone else in finance yet. Thanks.
""")
R("tipoff", "scam.impersonation scam.money_mule", """
Report: someone posing as {Kasikornbank|O} called and said my account was hacked and I must move money to a "protected" account. I sent {THB 120,000|M} to {SCB|O} {407-221368-9|B}. Later I found out this account belongs to a 19-year-old student in {Udon Thani|L} who sold his account for {2,000 baht|M}.
""")
R("chat", "scam.investment_crypto scam.romance", """
{Lily|P}: good morning dear ☀️ did you sleep well? my uncle says gold market will go up again tonight, i already made 18% this week
{Lily|P}: you can try small first, only {500 USDT|M}. platform is {www.goldvantage-fx.com|U}, very safe, regulated in {Hong Kong|L}
{David|P}: I don't know much about crypto
{Lily|P}: dont worry i teach you step by step, we are a team now 😘
""")
R("tipoff", "scam.investment_crypto scam.romance", """
I met a woman called "{Anna Chen|P}" on Hinge who said she lived in {San Francisco|L} and ran a wine business. After weeks of chatting on WhatsApp she introduced me to an app called {AXGlobal|O}. I deposited a total of {$186,000|M} in USDT to the addresses she gave, including {TQ7hW3mVb2nKxR9pLc4sYd8uJf6aZe1oGt|C}. When I tried to withdraw, they asked for a 20% "tax" first.
""")
R("police_report", "scam.investment_crypto", """
Complainant states he joined a LINE group "{VIP Stock Club 88|O}" after clicking a Facebook ad using the image of a well-known Thai economist. Group admin instructed members to install an app called "{SET Pro Plus|O}" and transfer funds to various bank accounts. Between 2 and 29 May he transferred {THB 3,450,000|M} in 14 transactions. App showed profits of 300% but withdrawals were blocked. Receiving accounts: {Bangkok Bank|O} {218-7-40093-1|B}, {Krungsri|O} {713-1-28846-0|B}.
""")
R("news", "scam.investment_crypto trafficking.forced_criminality", """
{WASHINGTON|L} – The {U.S. Treasury|O} on Monday sanctioned a network it said ran "pig butchering" crypto investment scams from compounds in {Myanmar|L} and {Cambodia|L}, where trafficked workers were forced to defraud Americans. Victims in the {United States|L} lost more than {$3.5 billion|M} to such scams last year, according to the {FBI|O}.
""")
R("chat", "scam.investment_crypto", """
Mentor {Kevin|P}: Today's signal: BTC/USDT CALL at 20:00 sharp, 60 second contract. Minimum {1,000 USDT|M} to join VIP room
Mentor {Kevin|P}: Member {@somchai_win|H} just profit {15,800 USDT|M} 🔥🔥
Mentor {Kevin|P}: deposit address TRC20: {TXa9YpQ2fR8kLm3vBn7cWd5sHj4gEu6tZo|C}
""")
R("social_post", "scam.investment_crypto", """
Be careful of "{HuobiGlobalPro|O}" – it is NOT Huobi. A guy I met on a language exchange app pushed me to trade there. I lost {42,000 USDT|M}. The site {huobi-globalpro.cc|U} is still online. Reported to {Thai cyber police|O} (case {1441/2567|ID}).
""")
R("sms", "scam.romance", """
Hello my love, I am now at {Suvarnabhumi|L} airport customs, they hold my bag with the gifts and gold for you. I need to pay clearance fee {38,000 baht|M} or they will send me back. Please transfer to the officer account, I will pay back when we meet ❤️
""")
R("chat", "scam.romance", """
Capt. {Mark Wilson|P}: my darling i am on {UN|O} mission in {Syria|L}, soon i retire and come live with you in {Khon Kaen|L}
Capt. {Mark Wilson|P}: i send box with {2 million dollar|M} and my documents by diplomatic courier
Capt. {Mark Wilson|P}: courier company need {$4,500|M} for delivery fee, can you help me my queen
""")
R("tipoff", "scam.romance", """
My aunt (64, widow, {Nakhon Ratchasima|L}) has been in an online relationship for 8 months with a man claiming to be a Swiss engineer working on an oil rig. She has sent about {1.2 million baht|M} for "customs fees", "hospital bills" and a "plane ticket". He says he loves her and will marry her. She will not listen to family.
""")
R("social_post", "scam.romance", """
PSA: if a handsome "US army doctor" slides into your DMs and within 2 weeks needs money for leave approval, it's a scam. My friend sent {60k baht|M} before we noticed. Profile name "Dr. {Richard Miles|P}", IG {@dr.richard_miles77|H}.
""")
R("job_ad", "scam.job_task", """
💰 PART-TIME JOB FROM HOME 💰 Earn {500-3,000 baht|M}/day just by liking TikTok videos and writing Shopee reviews! Pay every day, no deposit. Only smartphone needed. Add LINE: {@easyjob-th88|H}
""")
R("chat", "scam.job_task", """
Receptionist {Amy|P}: Welcome to {Lazada|O} merchant task program! Task 1: like 3 products, reward {30 baht|M}. 
Receptionist {Amy|P}: Congratulations you get commission. Now task 4 is "combo order", you must prepay {5,000 baht|M} and you get back {6,500 baht|M}.
Receptionist {Amy|P}: Task 5 combo order is {28,000 baht|M}. If not complete, system cannot withdraw your previous profit.
""")
R("tipoff", "scam.job_task", """
I was added to a Telegram group after replying to a WhatsApp message about a "hotel rating job" for {Agoda|O}. At first I got small payments. Then they gave me "merged orders" that needed deposits. I paid {S$11,300|M} in total to accounts at {DBS|O} and {OCBC|O}. Group name "Agoda Reviewer Team 17", admin {@Lucy_Agoda_HR|H}.
""")
R("sms", "scam.job_task", """
Hi, I am {Jessica|P} from {Randstad|O}. Your profile was recommended for a remote role, 30-60 min/day, earn {$200|M}-{$800|M}/day. Reply on WhatsApp {wa.me/12094418862|U} to learn more.
""")
R("news", "scam.job_task", """
{BEIJING|L} – Police in {Yunnan|L} said they had broken up a "brushing" fraud ring that lured university students into paying deposits for fake online shopping tasks. Over 2,000 victims across {China|L} lost more than {RMB 40 million|M}, according to a police statement.
""")
R("sms", "scam.loan", """
Need cash fast? Loan {10,000-500,000 baht|M}, approve in 5 min, no guarantor, no credit check, blacklist ok! Interest 0.5%. LINE {@fastloan_th|H}
""")
R("tipoff", "scam.loan", """
Applied for a {50,000 baht|M} loan through a Facebook page "{Ngern Dee Loan|O}". They said my loan was approved but I must first pay {2,500 baht|M} insurance, then {5,000 baht|M} "to unfreeze account" because I typed my account number wrong. I paid three times and never got the loan. Account paid to: {Government Savings Bank|O} {020-3-88571-2|B}.
""")
R("chat", "scam.loan", """
Agent: Your loan {₱80,000|M} is approved ✅ but system detect your bank info error. To fix pls pay verification fee {₱3,500|M} to our {GCash|O} {0917 553 2186|B}.
Client: why i need pay, i have no money that's why i loan
Agent: it will be refund together with your loan within 30 minutes
""")
R("sms", "scam.phishing_account", """
{SCB|O}: Your account has been suspended due to suspicious login. Verify now to avoid permanent closure: {scb-secure-verify.top/th|U}
""")
R("chat", "scam.phishing_account", """
Hello I'm from {LINE|O} Support Team. Your account will be deleted because of report. Please send the 6-digit code we just sent you by SMS to confirm you are the owner.
""")
R("tipoff", "scam.phishing_account scam.impersonation", """
Someone called pretending to be from {AIS|O} and said my number would be cut. They asked me to install "{AIS Care Plus|O}" from a link. After installing, the app asked for screen permissions, and that night {THB 246,000|M} was transferred out of my {Krungthai|O} app. Caller number {064-771-2093|PH}.
""")
R("sms", "scam.phishing_account", """
{Shopee|O}: Congratulations! You won an iPhone 15 in our 9.9 lucky draw. Claim at {http://shopee-lucky99.xyz|U} and enter your card details to pay shipping {59 baht|M}.
""")
R("social_post", "scam.money_mule", """
Want easy money? 💵 Rent your bank account to us, {3,000-5,000 baht|M} per account per month. Only {Kasikorn|O}, {SCB|O}, {Krungthai|O}. We take care everything, 100% safe, no problem with police. DM {@easymoney_acc|H}
""")
R("chat", "scam.money_mule", """
A: bro need more card, boss pay 1,500 per card, must have mobile banking
B: i have 2 friends in {Nakhon Phanom|L} they sell
A: ok send id card photo + card + sim, we courier to {Vientiane|L}
""")
R("police_report", "scam.money_mule", """
Suspect Mr {Kittipong Wongsa|P}, 23, of {Sakon Nakhon|L}, admitted opening six bank accounts and selling them to a man known as "{Boss Nut|P}" for {3,000 baht|M} each. The accounts received {THB 8.7 million|M} from victims of call-centre fraud within two weeks. The suspect was charged under the Emergency Decree on Measures for the Prevention and Suppression of Technology Crimes.
""")
R("news", "scam.money_mule", """
{KUALA LUMPUR|L} – {Bukit Aman|O} said 1,204 money mule accounts were frozen in an operation targeting syndicates that launder proceeds of online scams. Police warned the public that selling or renting bank accounts is an offence.
""")
R("sms", "scam.money_mule", """
跑分 job: receive transfer into your account and send to USDT, keep 2% commission. Daily {1,000-5,000 RMB|M}. Telegram {@paofen_vip|H}
""")
R("tipoff", "scam.impersonation", """
Fake {Immigration Bureau|O} officer on WhatsApp told my Myanmar worker her work permit is cancelled and she will be deported unless she pays {15,000 baht|M} "fine" to {PromptPay|O} {0895517430|B}. Number {+66 89 551 7430|PH}.
""")
R("chat", "scam.impersonation", """
Caller: Hello, this is {FedEx|O}. A package under your name going to {Taiwan|L} contains 5 fake passports and 300 grams of ketamine. I will transfer you to the {Bangkok|L} police.
Caller2: This is Sergeant {Wichai|P}, you are suspect in drug case. Turn on video, do not leave your room.
""")

# --- batch 3: smuggling ------------------------------------------------------------------------
R("news", "smuggling.drugs", """
{CHIANG RAI|L} – Soldiers from the {Pha Muang Task Force|O} seized 2.4 million methamphetamine pills and 180 kg of crystal meth after a clash with smugglers near the border in {Mae Fa Luang|L} district early on Sunday, the army said. The drugs were hidden in sacks carried by a group of about ten men who fled back into {Myanmar|L}.
""")
R("police_report", "smuggling.drugs", """
At 02:30 hrs a checkpoint team at {Ban Pa Sang|L}, {Mae Chan|L} district, stopped a grey Toyota pickup, registration {1กข 4821|ID} {Chiang Rai|L}. A search found 400,000 yaba tablets (WY logo) concealed in a false floor. Driver Mr {Boonmee Kaewdee|P}, 41, stated he was hired for {50,000 baht|M} to drive from {Mae Sai|L} to {Lampang|L}.
""")
R("chat", "smuggling.drugs", """
A: tonight 3 bag green one + 1 bag ice, same place near temple
B: price?
A: green {25 baht|M} per pill for 100k up, ice {300k|M} per kilo
B: ok my driver come 11pm, black fortuner
""")
R("sms", "smuggling.drugs", """
ของ ready. 20 box "tea" from {Tachileik|L} side, cross at night. Pay half first to {Bangkok Bank|O} {592-4-11876-3|B}. Dont call, only Line.
""")
R("news", "smuggling.drugs", """
{YANGON|L} – Myanmar police said they had seized heroin worth about {$3 million|M} in {Shan State|L} and arrested three suspects. The {Central Committee for Drug Abuse Control|O} said the drugs were destined for markets across the border.
""")
R("news", "smuggling.drugs", """
{VIENTIANE|L} – Lao authorities seized 55 million methamphetamine tablets and 1.5 tonnes of crystal meth in {Bokeo|L} province in one of the largest hauls in {Southeast Asia|L}, the {UNODC|O} said, adding that record quantities of synthetic drugs continue to flow out of the {Golden Triangle|L}.
""")
R("tipoff", "smuggling.drugs", """
Every Tuesday night a boat without lights comes from {Laos|L} side to the pier behind {Wat Phra That Pha Ngao|L} in {Chiang Saen|L}. Men carry rice sacks to a white van plate {กท 8812|ID}. I think it is yaba because the men are from the gang of "{Sia Lek|P}".
""")
R("police_report", "smuggling.drugs", """
{Narcotics Suppression Bureau|O} officers arrested two Malaysian nationals at a rented house in {Hat Yai|L} with 62 kg of crystal methamphetamine ("ice") packed in Chinese tea bags. The suspects said the drugs were brought from the north and were to be moved across the border to {Malaysia|L}.
""")
R("chat", "smuggling.drugs", """
Boss: K powder 10 kg arrive {Ruili|L} friday. u take car to {Mangshi|L}
Runner: police checkpoint many now
Boss: take small road, go night. pay u {20000 rmb|M}
""")
R("court", "smuggling.drugs", """
The {Supreme Court|O} upheld the death sentence imposed on {Le Van Tuan|P} for trafficking 36 kg of heroin from {Laos|L} into {Vietnam|L} through {Dien Bien|L} province. The court found that he had received {VND 300 million|M} for each shipment.
""")
R("news", "smuggling.drugs", """
{KUNMING|L} – Border police in {Yunnan|L} seized 1.2 tonnes of ketamine hidden in a shipment of bananas at the {Mohan|L} port on the China-Laos border, state media reported. Four suspects were detained.
""")
R("social_post", "smuggling.drugs", """
In my village near {Mae Sai|L}, teenagers are hired to carry backpacks of yaba across the river for {2,000 baht|M} a trip. Everyone knows who the boss is but nobody dares to say.
""")
R("news", "smuggling.arms", """
{MAE SOT|L} – Thai police arrested two men attempting to smuggle 30 assault rifles, 12 pistols and 20,000 rounds of ammunition across the {Moei River|L} to armed groups in {Myanmar|L}, officials said. The weapons had been bought from shops in {Bangkok|L} using forged licences.
""")
R("chat", "smuggling.arms", """
A: customer in {Myawaddy|L} want 10 piece AK + 5 M16, how much
B: AK {$1,200|M} each, M16 {$1,800|M}, bullets extra. send by boat from {Mae Ramat|L}
A: ok, he also ask grenade
""")
R("police_report", "smuggling.arms", """
{Customs Department|O} officers at {Laem Chabang|L} port inspected container {MSKU 773201-4|ID} declared as "machine parts" and bound for {Cambodia|L}. Inside were 147 disassembled rifles, scopes and 80,000 rounds of 5.56 mm ammunition. Consignee company {Siam Pioneer Trading|O} is under investigation.
""")
R("tipoff", "smuggling.arms", """
A man named {Kyaw Zin|P} in {Mae Sot|L} is buying pistols and bullets from gun shops with fake permits and sending them across the river every week. Uses phone {+95 9 775 140 286|PH}. I saw the boxes at his house in {Ban Wang Takhian|L}.
""")
R("news", "smuggling.arms", """
{MANILA|L} – Philippine coast guard intercepted a boat carrying high-powered firearms and explosives off {Tawi-Tawi|L}, believed to be smuggled from {Sabah|L} for a militant group in {Mindanao|L}.
""")
R("news", "smuggling.wildlife", """
{BANGKOK|L} – Customs officers at {Suvarnabhumi Airport|L} seized 136 kg of pangolin scales and 22 elephant tusks hidden in suitcases arriving from {Lagos|L} via {Addis Ababa|L}. Two Vietnamese passengers were arrested. Officials said the goods were worth about {20 million baht|M} and were bound for {Laos|L}.
""")
R("police_report", "smuggling.wildlife", """
Patrol of the {Department of National Parks|O} stopped a pickup on {Highway 12|L} near {Mukdahan|L}. Found 6 live pangolins in net bags and 3 bear paws in an ice box. Driver said he was paid to deliver them to a buyer across the {Mekong|L} in {Savannakhet|L}.
""")
R("chat", "smuggling.wildlife", """
Seller: have tiger bone wine and 2 rhino horn, real, from {Mong La|L}
Buyer: price horn?
Seller: {$55,000|M} per kg, deliver to {Hanoi|L} by border road, no customs
""")
R("social_post", "smuggling.wildlife", """
Selling baby slow loris and hornbill, very cute, can send to {Bangkok|L} and {Malaysia|L}. Price inbox. WhatsApp {+60 17 882 0316|PH}. No permit needed 😉
""")
R("news", "smuggling.wildlife", """
{HANOI|L} – Vietnamese customs at {Hai Phong|L} port found 7 tonnes of ivory and pangolin scales in a container declared as cashew nuts from {Nigeria|L}, the {General Department of Customs|O} said.
""")
R("ngo_report", "smuggling.wildlife", """
Market survey, {Golden Triangle SEZ|L}, {Laos|L}: shops near {Kings Romans|L} casino openly offered ivory bangles, tiger skin, helmeted hornbill casques and bear bile. Sellers said goods are carried across the {Mekong|L} from {Myanmar|L} and taken by Chinese buyers through {Boten|L}.
""")
R("news", "smuggling.migrant_smuggling", """
{KANCHANABURI|L} – Police stopped a van carrying 17 Myanmar migrants who had entered {Thailand|L} illegally through a natural crossing near {Three Pagodas Pass|L}. The driver said each migrant had paid {15,000 baht|M} to a broker to be taken to {Samut Sakhon|L}.
""")
R("chat", "smuggling.migrant_smuggling", """
Broker: {Myawaddy|L} to {Bangkok|L} {18,000 baht|M} per person, include car and safe house in {Mae Sot|L}. Pay {5,000|M} first
Client: how we cross?
Broker: river at night, my people wait other side. If checkpoint, hide in truck with vegetables
""")
R("police_report", "smuggling.migrant_smuggling", """
On 8 Jan at 23:40 officers at a checkpoint in {Tha Song Yang|L} district found 9 Myanmar nationals without documents hidden under a tarpaulin in an orange truck. The driver, Mr {Somchai Inta|P}, 37, admitted being paid {3,000 baht|M} per person by a broker known as "{Ko Aung|P}" (tel {+95 9 451 880 923|PH}) to bring them to {Tak|L}.
""")
R("tipoff", "smuggling.migrant_smuggling", """
Every week around 20 Cambodian workers crossed the jungle near {Aranyaprathet|L} without passports and are picked up by a minibus to {Chonburi|L}. The organiser is a woman called "{Mae Dang|P}" who charges {8,000 baht|M} per head. Her LINE: {maedang_55|H}.
""")
R("news", "smuggling.migrant_smuggling", """
{KUALA LUMPUR|L} – Malaysian maritime authorities intercepted a boat carrying 35 undocumented Myanmar and Bangladeshi nationals off {Langkawi|L}. The skipper is suspected of being part of a smuggling network that charges up to {RM 6,000|M} per person for the crossing from southern {Thailand|L}.
""")
R("social_post", "smuggling.migrant_smuggling", """
Going to {Korea|L} without visa? 100% success, we arrange route through {Laos|L}, {China|L} and boat. Fee {250,000 baht|M}, pay in 3 parts. Inbox page "{Korea Dream Team|O}".
""")
R("news", "smuggling.contraband", """
{NAKHON PHANOM|L} – Customs officers seized 5 tonnes of frozen pork and beef smuggled across the {Mekong|L} from {Laos|L} on boats at night, the {Customs Department|O} said. The meat, worth {3 million baht|M}, was untaxed and had no health certificates.
""")
R("police_report", "smuggling.contraband", """
Inspection at {Sadao|L} checkpoint: a tour bus from {Malaysia|L} was found to carry 1,200 cartons of untaxed cigarettes and 400 e-cigarette units concealed in the luggage hold. Estimated value {THB 780,000|M}. Bus company: {Golden Star Travel|O}.
""")
R("chat", "smuggling.contraband", """
Sister: new lot vape 500 pcs arrive tomorrow from {Shenzhen|L}, go via {Mukdahan|L} no tax
Buyer: same price {180 baht|M}?
Sister: 170 if you take all. ship {Kerry|O} after that
""")
R("news", "smuggling.contraband", """
{HO CHI MINH CITY|L} – Vietnamese border guards in {An Giang|L} seized 15,000 packets of smuggled cigarettes and 2,000 litres of fuel carried by boat from {Cambodia|L}, local media reported.
""")
R("tipoff", "smuggling.contraband", """
Shop at {Rong Kluea|L} market sells fake Gucci and Louis Vuitton bags, brought from {Poipet|L} in big bags on carts every morning without declaring to customs. Owner phone {089-441-2071|PH}.
""")
R("sms", "smuggling.contraband", """
Diesel from {Malaysia|L} cheap {22 baht|M}/litre, 200 litre min. Delivery {Songkhla|L} area only. Call {081-997-4450|PH}
""")

# --- batch 4: trafficking — labour, sexual exploitation, children, marriage -------------------
R("ngo_report", "trafficking.forced_labour trafficking.debt_bondage trafficking.document_confiscation", """
Case {SR-0419|ID}: Cambodian man, 34, recruited in {Battambang|L} by a broker promising construction work in {Thailand|L}. Instead placed on a trawler out of {Samut Sakhon|L} for 11 months. Worked 20 hours a day, beaten by the skipper, no wages paid; told he owed {40,000 baht|M} for transport and "documents". Seaman book and passport held by the boat owner. Escaped when the boat docked in {Songkhla|L}.
""")
R("tipoff", "trafficking.forced_labour", """
About 15 Myanmar workers at a shrimp peeling shed in {Mahachai|L} are locked inside at night and not allowed to go out. They work from 3am to 8pm. The owner {Jae Noi|P} keeps the key. Location: soi behind {Talad Talay Thai|L} market.
""")
R("news", "trafficking.forced_labour", """
{JAKARTA|L} – Indonesian authorities rescued more than 500 foreign fishermen stranded on the remote island of {Benjina|L}, many of whom said they had been forced to work on fishing boats for years without pay and were kept in a cage when they complained.
""")
R("police_report", "trafficking.forced_labour trafficking.document_confiscation", """
Labour inspection at a garment factory in {Mae Sot|L} found 42 Myanmar workers, 6 of them aged 15-17, paid {70 baht|M} a day and made to work 14-hour shifts seven days a week. Employer Ms {Wanna Chaiyo|P} held all work permits "for safekeeping". Workers said they were threatened with arrest if they left.
""")
R("chat", "trafficking.forced_labour trafficking.debt_bondage", """
Daughter: mama, the lady say i cannot call you anymore. she keep my phone. i work clean house and take care 2 baby, sleep on kitchen floor
Daughter: she say my salary go to pay agent fee 6 month. i no have money even for soap
""")
R("ngo_report", "trafficking.forced_labour trafficking.document_confiscation", """
Interview with Lao domestic worker, 17, in {Bangkok|L} ({Lat Phrao|L} district). Brought by a relative who received {10,000 baht|M} from the employer. ID card kept by employer. No day off in 14 months, not allowed to leave the house alone, slapped when she broke a plate. Referred to {Baan Kredtrakarn|O} shelter.
""")
R("court", "trafficking.forced_labour trafficking.debt_bondage", """
The {Provincial Court|O} convicted the owner of a rubber plantation in {Surat Thani|L} of forced labour after finding that he required Cambodian workers to repay an "introduction fee" of {25,000 baht|M} each from their wages, withheld pay for months, and threatened to report them to immigration if they tried to leave.
""")
R("tipoff", "trafficking.debt_bondage trafficking.forced_labour", """
My husband went to work on a sugar cane farm in {Kanchanaburi|L} through a broker from our village in {Myanmar|L}. Broker said we must pay {300,000 kyat|M} fee, then more for transport. Now farm owner says he owes {30,000 baht|M} and must work until debt paid. Every month debt go up not down.
""")
R("ngo_report", "trafficking.debt_bondage", """
Women from {Kachin State|L} interviewed in a shelter described a cycle of debt: brokers advanced travel costs and then charged interest of 10% per week, so that after a year of work at a karaoke bar in {Ruili|L} they owed more than at the start.
""")
R("chat", "trafficking.sexual_exploitation trafficking.deceptive_recruitment trafficking.document_confiscation", """
Girl: they said job is waitress in restaurant. now they make me sit with customers and go to room
Girl: if i say no, boss say i owe {50,000 baht|M} for ticket and passport. passport she keep
Girl: i am in {Pattaya|L} soi 6, bar name "{Blue Lagoon|O}"
""")
R("police_report", "trafficking.sexual_exploitation trafficking.child_exploitation", """
{Anti-Human Trafficking Division|O} raided a karaoke venue in the border town of {Mae Sai|L}, opposite {Tachileik|L}, and rescued 8 women from {Laos|L} and {Myanmar|L}, including 3 girls aged 15 and 16, who were being forced to provide sexual services to customers. The owner, Mrs {Kanya Prasert|P}, was arrested for trafficking and procuring minors.
""")
R("news", "trafficking.sexual_exploitation", """
{VIENTIANE|L} – Lao police said they had rescued 20 women from {Vietnam|L} and {Laos|L} held at massage parlours near the {Golden Triangle SEZ|L} casino and forced into prostitution to repay debts to their recruiters.
""")
R("tipoff", "trafficking.sexual_exploitation", """
There is a house in {Chiang Mai|L} near the {Ruamchok|L} intersection where young Shan women are kept and sold to men. Guards do not allow them to go out. A man named {Loong Tong|P} collects money at the door. Clients book via LINE {tong_vip99|H}.
""")
R("social_post", "trafficking.sexual_exploitation", """
Hiring pretty girls 18-25 for "hostess" job in {Malaysia|L}, {RM 10,000|M}+/month, flight and visa free, no experience. Only girls with nice body. Send photos to WeChat {kl_hostess88|H}.
""")
R("court", "trafficking.sexual_exploitation trafficking.deceptive_recruitment", """
The court found that the defendants, {Pham Thi Lan|P} and {Tran Duc Minh|P}, recruited women from {Lao Cai|L} with offers of restaurant work in {China|L} and then sold them to brothels in {Hekou|L} for {RMB 20,000|M} each.
""")
R("news", "trafficking.child_exploitation", """
{PHNOM PENH|L} – Police rescued 12 children aged 7 to 14 who had been brought from {Cambodia|L} to beg on the streets of {Bangkok|L}, the {Royal Thai Police|O} said. The children were rented from their parents for about {3,000 baht|M} a month and forced to hand over their daily earnings.
""")
R("tipoff", "trafficking.child_exploitation", """
Every evening at {Khao San Road|L} a woman drops 4 small kids (maybe 5-8 years old) to sell flowers and beg until 2am. Kids look very tired and dirty, do not speak Thai. Woman waits in a tuk tuk and takes all money.
""")
R("police_report", "trafficking.child_exploitation trafficking.sexual_exploitation", """
{Thailand Internet Crimes Against Children Task Force|O} arrested a 52-year-old foreign man in {Pattaya|L} found in possession of abuse material involving local boys. Three victims aged 11-13 were identified; the suspect had paid them {500 baht|M} each and a local facilitator arranged meetings.
""")
R("ngo_report", "trafficking.child_exploitation trafficking.forced_labour", """
Child, male, 14, from {Shan State|L}, brought to {Thailand|L} by an uncle and placed in a pork ball factory in {Samut Prakan|L}. Works 12 hours, no school, not paid directly — wages sent to the uncle. Employer told staff to hide him during inspections.
""")
R("chat", "trafficking.child_exploitation", """
A: got 2 young girl from the village, 13 and 14, family poor
A: customer in {Phnom Penh|L} pay {$2,000|M} for "virgin" first, after that hotel work
B: careful police very strong now, send by taxi through {Koh Kong|L}
""")
R("news", "trafficking.child_exploitation", """
{MANILA|L} – The {National Bureau of Investigation|O} rescued nine children from a house in {Pampanga|L} where they were forced to perform sexual acts in front of webcams for paying foreign customers, officials said.
""")
R("news", "trafficking.forced_marriage", """
{BEIJING|L} – Chinese police said they had rescued 1,130 women from {Myanmar|L}, {Laos|L}, {Vietnam|L} and {Cambodia|L} who had been sold as brides to men in rural {China|L}. Brokers charged the families of the grooms up to {RMB 150,000|M} per woman.
""")
R("ngo_report", "trafficking.forced_marriage trafficking.deceptive_recruitment", """
Survivor, 17, from {Lao Cai|L} province, {Vietnam|L}: a friend invited her to {China|L} for a job in a factory. At the border she was handed to another woman who took her to {Henan|L} and sold her to a family for {RMB 60,000|M}. Forced to marry their son and locked in the house. Escaped after two years with her baby and reached the Vietnamese embassy.
""")
R("tipoff", "trafficking.forced_marriage", """
My cousin (16) from {Myitkyina|L} was taken by a matchmaker lady to {Yunnan|L}. Matchmaker said she would marry rich Chinese man. Now cousin calls crying, says husband family beat her and lock her, they paid money for her and she can never go back. Matchmaker WeChat {hongmei_886|H}.
""")
R("court", "trafficking.forced_marriage", """
The {Hanoi People's Court|O} sentenced three defendants to between 8 and 15 years for trafficking six women and girls from {Ha Giang|L} to {China|L}, where they were sold as wives for between {VND 100 million|M} and {VND 200 million|M} each.
""")
R("social_post", "trafficking.forced_marriage", """
Chinese husband for Lao girls! Rich family, house and car, marry legal, family get dowry {50,000 yuan|M}. Age 16-25. Contact agent in {Luang Namtha|L}: {+856 20 5591 3872|PH}
""")
R("chat", "trafficking.forced_marriage", """
Mother-in-law: you cost us {100,000 yuan|M}. you cannot go back to {Myanmar|L}. you stay and give us a son.
Bride: i want to call my mother
Mother-in-law: no phone.
""")
R("police_report", "trafficking.forced_marriage trafficking.child_exploitation", """
Complainant Mrs {Pan Khine|P}, from {Lashio|L}, reported that her daughter, 15, was lured by a neighbour to {Muse|L} and handed to a Chinese broker. Information indicates she was sold into marriage in {Shandong|L} province. Broker phone {+86 139 5527 4183|PH}.
""")

# --- batch 5: hard negatives -------------------------------------------------------------------
R("job_ad", "", """
{Central Food Retail Co., Ltd.|O} is hiring Store Supervisors for branches in {Chiang Rai|L} and {Chiang Mai|L}. Requirements: bachelor's degree, 2 years' retail experience, Thai and basic English. Salary {THB 22,000|M}–{THB 28,000|M} plus social security and annual bonus. Apply at {careers.centralfood.co.th|U} or walk in to the HR office with your CV.
""")
R("job_ad", "", """
Overseas employment: Caregivers for {Japan|L} (Specified Skilled Worker programme). Recruitment through {Department of Employment|O} licensed agency {Siam Global Manpower|O} (licence no. {น.1234/2560|ID}). JLPT N4 required. Placement fee as regulated by law; no payment to individuals. Information session at {Udon Thani|L} Provincial Employment Office, 15 July.
""")
R("job_ad", "", """
We are hiring! English teacher for secondary school in {Xishuangbanna|L}, {Yunnan|L}. Native or near-native speaker, TEFL and degree required. Salary {RMB 14,000|M}/month, Z visa and work permit processed by school, 2-year contract, housing allowance. Email CV to {hr@banna-bilingual.edu.cn|EM}.
""")
R("job_ad", "", """
{Kerry Express|O} is recruiting delivery riders in {Khon Kaen|L}. Own motorcycle and valid licence required. Earn per parcel plus fuel allowance. Weekly payment into your own bank account. Apply in the Kerry app or call {1217|PH}.
""")
R("job_ad", "", """
Seasonal work in {South Korea|L} under the EPS programme: agricultural and manufacturing jobs. Registration and Korean language test (EPS-TOPIK) through the {Thailand Overseas Employment Administration|O} only. Beware of brokers who ask for money to "guarantee" a job.
""")
R("job_ad", "", """
Hotel front desk agent wanted – {Riverside Boutique Hotel|O}, {Luang Prabang|L}. Lao/English required, Chinese a plus. 6 days/week, meals and uniform provided. Salary {3,500,000 kip|M}. Apply in person or {jobs@riversidelpb.la|EM}.
""")
R("job_ad", "", """
Software Engineer (Backend, Go) – {Agoda|O}, {Bangkok|L}. Relocation package and visa sponsorship for international candidates. Hybrid working. Apply through our careers page.
""")
R("job_ad", "", """
Part-time barista wanted at our café in {Nimman|L}, {Chiang Mai|L}. Weekends only, {60 baht|M}/hour plus tips. No experience needed, we will train you. Message our page or drop by with your CV.
""")
R("sms", "", """
{KBank|O}: OTP for your transaction is 482913 (Ref: KXQJ). Do not share this code with anyone. Kasikornbank will never ask for your OTP.
""")
R("sms", "", """
{SCB|O}: Transfer {THB 1,500.00|M} to account {x-4471|B} successful on 12/03 14:22. Available balance {THB 18,240.55|M}.
""")
R("sms", "", """
{Thailand Post|O}: Your EMS item {EF582339041TH|ID} has been delivered at 10:42. Thank you for using our service.
""")
R("sms", "", """
{Flash Express|O}: Your parcel {TH0140C1AB552|ID} will be delivered today between 13:00-17:00. Rider: Mr {Ekkachai|P} {091-882-3015|PH}.
""")
R("sms", "", """
{AIS|O}: Top up {100 baht|M} today and get 5GB extra data for 7 days. Dial *777*100# to subscribe. Reply STOP to cancel promotions.
""")
R("sms", "", """
{Lotus's|O}: Double points weekend! Spend {500 baht|M} and get 2x points on all fresh food. Valid 14-16 June at all branches.
""")
R("sms", "", """
Reminder from {Bumrungrad Hospital|O}: your dental appointment is on Thu 21 Nov at 09:30. To reschedule please call {02-066-8888|PH}.
""")
R("sms", "", """
{Krungthai|O}: Your credit card statement is ready. Minimum payment {THB 1,250|M} due 25/11. Pay via Krungthai NEXT app. Ignore if already paid.
""")
R("sms", "", """
Your {Grab|O} ride with {Somporn|P} (Toyota Vios, {กข 7735|ID}) is arriving in 3 mins.
""")
R("sms", "", """
Mum I arrived {Kunming|L} already, hotel is nice. Will call you tonight after dinner with the team.
""")
R("chat", "", """
Mom: did you eat yet?
{Ploy|P}: yes mom, khao man gai near office
Mom: Dad asks if you come home to {Lampang|L} for Songkran
{Ploy|P}: yes I booked bus on the 11th 🙏
""")
R("chat", "", """
{Tom|P}: anyone up for {Pai|L} next weekend? renting scooters from {Chiang Mai|L}
{Nina|P}: yes!! but careful on the 762 curves 😅
{Tom|P}: I'll book the guesthouse, ~{600 baht|M} a night
""")
R("chat", "", """
Uncle: the durian from {Rayong|L} arrived, very sweet this year
Aunt: send 2 to grandma in {Nakhon Pathom|L} please
Uncle: ok tomorrow morning
""")
R("chat", "", """
Boss: team meeting moved to 3pm, client from {Shenzhen|L} is late
{Fa|P}: ok, I'll update the slides with Q3 export numbers
""")
R("news", "", """
{BANGKOK|L} – A motorcycle taxi driver was killed and two passengers injured when a pickup truck ran a red light on {Ratchadaphisek Road|L} early on Saturday, police said. The driver of the pickup was tested for alcohol.
""")
R("news", "", """
{CHIANG MAI|L} – Police arrested a 35-year-old man suspected of stealing gold necklaces worth {400,000 baht|M} from a shop in {San Kamphaeng|L} district. He was identified from CCTV footage.
""")
R("news", "", """
{PHNOM PENH|L} – A fire destroyed more than 40 market stalls in the capital's {Olympic Market|L} overnight, but no one was injured, the fire department said. The cause was believed to be an electrical fault.
""")
R("news", "", """
{UDON THANI|L} – A 42-year-old man was charged with murder after allegedly stabbing his neighbour during a drunken argument over a land boundary, police said.
""")
R("news", "", """
{YANGON|L} – Heavy monsoon rains caused flooding in several townships of {Yangon|L} and {Bago|L} regions, forcing thousands of residents to move to relief camps, state media reported.
""")
R("news", "", """
{BANGKOK|L} – The {Office of the Narcotics Control Board|O} said it would expand community-based treatment for methamphetamine users, treating drug use as a health issue rather than a crime. Critics said rehab centres lacked trained staff.
""")
R("news", "", """
{BANGKOK|L} – Lawmakers debated a bill to limit the amount of drugs a person may possess for personal use, with the {Ministry of Public Health|O} arguing that users should be sent to treatment instead of prison.
""")
R("ngo_report", "", """
Monthly report, {Chiang Rai|L} rehabilitation centre: 36 clients completed the 4-month programme; 12 were referred to vocational training in motorcycle repair. Relapse prevention groups continue weekly with family participation.
""")
R("social_post", "", """
Day 3 in the {Golden Triangle|L}! Visited the {Hall of Opium|L} museum – really interesting history of the region. Then a longtail boat ride on the {Mekong|L} where you can see {Thailand|L}, {Laos|L} and {Myanmar|L} at once 🇹🇭🇱🇦🇲🇲
""")
R("social_post", "", """
Sunrise at {Phu Chi Fa|L} was absolutely worth the 4am wake up ☁️🌄 Homestay in {Chiang Khong|L} {800 baht|M} incl. breakfast, highly recommend!
""")
R("social_post", "", """
Crossed from {Mae Sai|L} to {Tachileik|L} for the day on a border pass to shop at the market. Remember to bring your passport and don't overstay the permitted time!
""")
R("social_post", "", """
Just finished the {Vientiane|L} half marathon 🏃‍♀️ Hot but amazing crowd. Next stop: {Luang Prabang|L} night market!
""")
R("notice", "", """
{Immigration Bureau|O} announcement: foreigners staying in {Thailand|L} longer than 90 days must report their address (TM.47) online at {tm47.immigration.go.th|U} or at the immigration office. Late reporting is subject to a fine of {2,000 baht|M}.
""")
R("notice", "", """
{Ministry of Labour|O}: Employers of migrant workers from {Cambodia|L}, {Laos|L}, {Myanmar|L} and {Vietnam|L} must renew work permits before 13 February. Apply online or at any {Provincial Employment Office|O}. Fees: {900 baht|M} per year for a work permit.
""")
R("notice", "", """
Notice from {Chiang Saen Customs House|O}: the {Chiang Saen|L}–{Ton Pheung|L} ferry crossing will be closed on 1-2 May for maintenance. Travellers may use the {4th Thai–Lao Friendship Bridge|L} in {Chiang Khong|L}.
""")
R("notice", "", """
{Bangkok Metropolitan Administration|O}: Free flu vaccination for people aged 65+ at all public health centres from 1-30 June. Bring your ID card.
""")
R("notice", "", """
The {Embassy of the United States|O} in {Phnom Penh|L} will be closed on 4 July for Independence Day. For emergencies involving US citizens call {+855 23 728 000|PH}.
""")
R("email", "", """
Dear Ms {Chen|P},
Thank you for your application to the {Mekong Institute|O} regional fellowship. We are pleased to invite you to an online interview on 12 September at 10:00 (ICT). Please confirm your availability by replying to this email.
Best regards, Admissions Office
""")
R("email", "", """
Hi team, the shipment of rubber gloves to {Kunming|L} cleared customs at {Mohan|L} this morning. Invoice {INV-2024-0331|ID} attached. Payment of {USD 38,400|M} due in 30 days to our {Bangkok Bank|O} account as usual. Thanks, {Anong|P}
""")
R("news", "", """
{VIENTIANE|L} – The {Laos-China Railway|O} carried a record 3.2 million passengers in the first half of the year, with growing numbers of tourists travelling from {Kunming|L} to {Luang Prabang|L}, the operator said.
""")
R("news", "", """
{BANGKOK|L} – {Thailand|L}'s national football team beat {Vietnam|L} 2-1 in the first leg of the {AFF Championship|O} final at {Rajamangala Stadium|L} on Wednesday.
""")
R("news", "", """
{KUNMING|L} – Yunnan's tea exports to {Southeast Asia|L} rose 18% last year, provincial officials said, helped by new cold-chain logistics through the {Mohan|L}-{Boten|L} border crossing.
""")
R("news", "", """
{PHNOM PENH|L} – {Cambodia|L} recorded 6.7 million international visitor arrivals last year, with {Siem Reap|L}'s {Angkor Wat|L} remaining the top destination, the {Ministry of Tourism|O} said.
""")
R("news", "", """
{SIHANOUKVILLE|L} – The new expressway linking {Phnom Penh|L} to the port city of {Sihanoukville|L} has cut travel time to two hours, boosting container traffic at the {Sihanoukville Autonomous Port|O}.
""")

# --- batch 6: more scams -----------------------------------------------------------------------
R("sms", "scam.loan", """
สินเชื่อด่วน Quick loan for civil servants and employees, up to {300,000 baht|M}, approve same day. Only pay {1,500 baht|M} processing fee first. LINE ID: {loanfast.gov|H}
""")
R("chat", "scam.loan", """
Officer {Nam|P}: Congratulations your loan application {100,000 baht|M} with {Aeon|O} is approved.
Officer {Nam|P}: Before we release you must pay 10% guarantee fee = {10,000 baht|M} to show you can repay. Account name Ms {Rattana|P}, {Kasikorn|O} {104-3-77218-5|B}.
Me: why personal account not company account?
Officer {Nam|P}: finance department rule, very fast
""")
R("social_post", "scam.loan", """
Be careful of page "{TrueMoney Loan Official|O}" – they are not {TrueMoney|O}. I paid {3,000 baht|M} "membership fee" and {4,500 baht|M} "tax" and they blocked me. They also have my ID card photo, I'm scared they will use it.
""")
R("police_report", "scam.loan", """
Between March and May, at least 84 complainants in {Isan|L} provinces reported paying advance fees of {2,000 baht|M} to {15,000 baht|M} to a Facebook page offering low-interest loans without guarantors. No loans were ever disbursed. Funds were traced to 19 mule accounts later withdrawn in {Poipet|L}.
""")
R("news", "scam.loan", """
{MANILA|L} – The {Securities and Exchange Commission|O} warned the public against fake online lending apps that collect upfront "processing fees" and then harass borrowers by messaging their contacts.
""")
R("sms", "scam.loan", """
Dear customer, you are pre-approved for a {Citibank|O} personal loan of {RM 50,000|M} at 1.5%. To receive, pay stamp duty {RM 450|M} via WhatsApp agent {+60 11-2841 6620|PH}.
""")
R("tipoff", "scam.loan", """
I need money for my mother's operation so I asked for a loan on an app called "{NgernPlus|O}". They said my credit score was low and I should deposit {5,000 baht|M} to "increase score". After that they asked {9,800 baht|M} more. I borrowed from friends to pay. Now the app is gone.
""")
R("chat", "scam.loan", """
Agent: 贷款 loan {50万|M} no need collateral, only ID card
Client: how much interest?
Agent: very low 0.3%. first pay {RMB 2,000|M} insurance, refund with loan
""")
R("tipoff", "scam.loan", """
My father received a call offering a government "low-income loan" of {20,000 baht|M}. The man said he was from {Government Savings Bank|O} and told him to pay {990 baht|M} to register. Number {092-663-1188|PH}.
""")
R("sms", "scam.phishing_account", """
{Bangkok Bank|O}: Your Bualuang mBanking will expire today. Please update your information at {bbl-update.cc/login|U} to continue using the service.
""")
R("chat", "scam.phishing_account", """
Friend (hacked account): hi, can u help me vote for my niece in dance contest? just click link and login with facebook {https://vote-dance-th.online|U}
Me: ok
Friend: then pls send me the code you get, system need confirm
""")
R("tipoff", "scam.phishing_account", """
Got an SMS saying my {Kerry|O} parcel was undeliverable and I should pay {19 baht|M} re-delivery fee. The link asked for my card number and OTP. Next day {THB 37,800|M} was charged in {Singapore|L}.
""")
R("email", "scam.phishing_account", """
From: {Binance|O} Security <{no-reply@binance-secure-alerts.com|EM}>
Subject: Unusual withdrawal request
We detected a withdrawal of {2.5 BTC|M} from your account. If this was not you, immediately verify your identity at {binance-verify-account.io|U} and enter your 2FA code to cancel the request.
""")
R("sms", "scam.phishing_account scam.impersonation", """
[{DLT|O}] Your vehicle tax is overdue. Pay within 24h to avoid a fine: {https://dlt-gov-th.com/pay|U}
""")
R("news", "scam.phishing_account", """
{BANGKOK|L} – Police warned the public against fake apps impersonating the {Department of Lands|O} and energy agencies, which give criminals remote control of victims' phones. One victim in {Nonthaburi|L} lost {1.3 million baht|M} after installing such an app from a LINE link.
""")
R("social_post", "scam.phishing_account", """
My WeChat was taken over after I scanned a "verification" QR code a stranger sent me. They messaged all my contacts asking for money. If you get a message from WeChat ID {lily_cm_1990|H} asking to borrow, it's NOT me!
""")
R("sms", "scam.phishing_account", """
[{Facebook|O}] Your page violated our community standards and will be removed in 24 hours. Appeal here: {meta-pages-appeal.help|U}
""")
R("chat", "scam.money_mule", """
Recruiter: sis, you have {BCEL|O} account? we rent 1 month {2,000,000 kip|M}
Recruiter: just give us card, PIN and phone with sim, we return after
Girl: is it legal?
Recruiter: no problem, many student do
""")
R("tipoff", "scam.money_mule trafficking.forced_criminality", """
Young men from {Surin|L} are taken to {Poipet|L} to open bank accounts and then kept in a hotel so the gang can use their phones and accounts to receive money from scam victims. They are not allowed to leave until the accounts are "burned".
""")
R("news", "scam.money_mule", """
{BANGKOK|L} – The {Central Investigation Bureau|O} arrested 17 people accused of recruiting "account horses" – people who open bank accounts for call-centre gangs. Each account was sold for {3,000 baht|M} to {5,000 baht|M} and used to move more than {200 million baht|M} to crypto wallets.
""")
R("job_ad", "scam.money_mule", """
Work from home – Payment Processing Agent. Receive customer payments into your personal account and forward them to our company wallet. Keep 5% commission. No experience required. Apply: Telegram {@globalpay_agent|H}
""")
R("police_report", "scam.money_mule scam.investment_crypto", """
Analysis of wallet {TJ4kP8nWq2Xs7YbVd3Lr9Gh6Mc5Fa1EuZt|C} shows it received {1.87 million USDT|M} from 311 transfers originating at Thai bank accounts registered to mule account holders in {Nakhon Ratchasima|L}, {Buriram|L} and {Roi Et|L}. Funds were swapped and moved to an exchange account in {Cambodia|L}.
""")
R("court", "scam.money_mule", """
The defendant admitted renting out four bank accounts and a SIM card to an unknown person for {12,000 baht|M}. The court held that the defendant knew or should have known that the accounts would be used to receive proceeds of crime and sentenced her to one year, suspended for two years.
""")
R("chat", "scam.money_mule", """
A: 收卡 buy bank card {China|L} 4 element, ICBC CCB ABC, {3,000 RMB|M} each, ship to {Xishuangbanna|L} then cross
B: U-shield include?
A: yes must have
""")
R("chat", "scam.job_task", """
HR {Mia|P}: Hello! We are {TikTok Shop|O} marketing team. Simple job: follow 3 accounts and send screenshot, get {150 baht|M} immediately.
HR {Mia|P}: You did great! Now join our Telegram VIP group for higher tasks, need deposit {1,000 baht|M} to unlock, return {1,300 baht|M}.
""")
R("tipoff", "scam.job_task", """
I answered a job ad on Facebook for "data entry, {800 baht|M}/day". They made me register on a website {amzorders-th.com|U} to "boost" Amazon products. Each level needs more money. I put in {64,000 baht|M}, now they say my account is frozen because of "wrong operation" and I must pay {20,000 baht|M} to unfreeze.
""")
R("social_post", "scam.job_task", """
PSA: those WhatsApp messages "Hi, I'm from HR, flexible work 1-2 hrs/day earn 3000-8000" are task scams. First they pay you for liking YouTube videos, then they ask you to "prepay" for tasks. Don't fall for it.
""")
R("police_report", "scam.job_task", """
Complainant, 22, student in {Hat Yai|L}, joined an online "order brushing" job via LINE {@shopeegoodjob|H}. Transferred {THB 187,000|M} over 3 days for "combination orders" to 9 different accounts. Platform showed balance of {THB 260,000|M} but withdrawal was refused citing "credit score too low".
""")
R("sms", "scam.job_task", """
Hello, we are {Lazada|O} HR. Part-time online job, earn 500-2000 daily, need 18+ with bank account. Click to contact: {https://t.me/lzd_hr_9|U}
""")
R("chat", "scam.job_task", """
Mentor: please complete task 28. You get {150 USDT|M} commission
Student: balance not enough
Mentor: recharge {700 USDT|M} to {TMr5cU8yKp3Nb6Xq2Wd9Lj4Gh7Fa1VsEoR|C}, after complete all you can withdraw everything
""")
R("news", "scam.job_task", """
{SINGAPORE|L} – Job scams were the most common type of scam reported last year, with victims losing {S$135 million|M}, the {Singapore Police Force|O} said. Many victims were asked to complete simple online tasks before being told to pay to unlock earnings.
""")
R("tipoff", "scam.job_task", """
Victim paid {¥38,000|M} to a "刷单" (order brushing) group on QQ after being told she could earn commission for buying goods. Contact: QQ {2839174561|H}.
""")
R("sms", "scam.romance", """
Hi is this {Jenny|P}? It's {Sophia|P} from the yoga class in {Bangkok|L}. Oh sorry wrong number 😅 but nice to meet you! Where are you from?
""")
R("chat", "scam.romance", """
{Nicha|P}: honey my visa is expired, immigration will put me in jail unless I pay {25,000 baht|M} fine
{Nicha|P}: I promise when I get to {Australia|L} I pay you back everything, you are my whole life
""")
R("tipoff", "scam.romance", """
My dad (68, retired in {Pattaya|L}) is being scammed by a "Thai girlfriend" he met on a dating site. She says her buffalo died, then her mother was sick, then she needs money for a new tuk-tuk. Total so far {520,000 baht|M}. He has never met her.
""")
R("social_post", "scam.romance", """
Met "{Kelvin|P}" on Tinder, said he's a Singaporean surgeon working in {Yemen|L}. After 3 weeks of sweet talk he asked me to pay customs for a parcel with jewelry. Classic romance scam – I blocked him.
""")
R("police_report", "scam.romance", """
Victim, female, 51, from {Chonburi|L}, reported transferring {THB 2.4 million|M} to a man she met on Facebook who claimed to be a British petroleum engineer named "{Robert Hayes|P}". He promised to marry her and asked for money for taxes on a gift package and for hospital bills after an "accident". Recipient accounts at {Krungthai Bank|O} belong to Thai nationals recruited as mules.
""")
R("news", "scam.romance", """
{KUALA LUMPUR|L} – A 60-year-old retired teacher lost {RM 480,000|M} to a man she met on social media who claimed to be a {United Nations|O} doctor, police said, urging women to be wary of online suitors who ask for money.
""")
R("chat", "scam.romance", """
{Michael|P}: baby, I'm stuck at {Kuala Lumpur|L} airport, customs say I need {$3,200|M} to release my bag
{Michael|P}: I love you, you are the only one I trust. pls send by {Western Union|O} to agent name {Musa Bello|P}
""")
R("chat", "scam.investment_crypto scam.romance", """
{Jason|P}: Sweetie, my aunt works at {Goldman|O} and she gives me inside data for BTC contract trading. Today we made 30%.
{Jason|P}: register here {https://m.bitnex-vip.com|U} and send me your UID so i can guide you
{Ploy|P}: i only have {50,000 baht|M} savings
{Jason|P}: that's enough to start, trust me my love
""")
R("email", "scam.investment_crypto", """
Dear Valued Investor, your account at {Aurum Capital FX|O} has generated a profit of {$94,320|M}. To process your withdrawal, please pay the mandatory capital gains tax of 15% ({$14,148|M}) in USDT to our compliance wallet {TN6vF2hQx8Mk3Lp9Wd4Zc7Rb5Gs1Ja2YtE|C}. Withdrawals are released within 24 hours of payment.
""")
R("social_post", "scam.investment_crypto", """
Lost everything to "{SmartMining DeFi|O}" liquidity mining. They told me to connect my wallet and deposit ETH for a 3% daily yield. Then my USDT was drained through an approval. Scammer wallet: {0x7a3f9c2e1b8d4a6f0e5c3b2a1d9f8e7c6b5a4d3e|C}.
""")
R("police_report", "scam.investment_crypto", """
Victim invested in gold trading via MetaTrader 5 app under broker "{Golden Bull Markets Ltd|O}" on advice of a LINE contact "Teacher {Ann|P}". Deposits totalling {THB 6,750,000|M} were made via bank transfer and USDT from 12 January to 3 April. Broker website {goldenbullmkts.com|U} registered 2 months before.
""")
R("news", "scam.investment_crypto", """
{TAIPEI|L} – Taiwanese prosecutors indicted 26 people for running a fake stock investment club on LINE that defrauded more than 500 investors of {NT$1.2 billion|M}, with call centres based in {Cambodia|L}.
""")
R("tipoff", "scam.investment_crypto", """
Group called "{Thai SET Elite 168|O}" on LINE, admin "Professor {Wit|P}", tells members to buy IPO shares at a discount through app {setvip-trade.app|U}. I paid {800,000 baht|M}. App shows I own shares but cannot sell. Admin LINE {@prof_wit_stock|H}.
""")
R("chat", "scam.investment_crypto", """
CS Agent: Dear customer, your account is under risk review. To unfreeze funds you need to deposit 30% of balance as margin = {41,250 USDT|M}
Customer: I already pay tax last week!!
CS Agent: this is different, it is anti-money laundering deposit, refundable.
""")
R("sms", "scam.investment_crypto", """
Earn 5-10% daily with AI quant robot! Min deposit {100 USDT|M}. Join: {t.me/aiquant_th_official|U}
""")
R("news", "scam.impersonation", """
{BANGKOK|L} – The {Royal Thai Police|O} warned that call-centre gangs are using AI-generated voices of relatives and fake video calls with officers in uniform to convince victims that they are under investigation for money laundering.
""")
R("sms", "scam.impersonation", """
{Thai Post|O}: We could not deliver your package because the address is incomplete. Contact customer service on LINE {@thpost-service|H} within 12 hours.
""")
R("tipoff", "scam.impersonation", """
A woman phoned my grandmother pretending to be my cousin, crying that she had been arrested in {Bangkok|L} and needed {40,000 baht|M} bail. Then a "lawyer" came on the phone. Grandma sent money to account {SCB|O} {573-2-88104-6|B}.
""")
R("chat", "scam.impersonation", """
"{DSI|O} officer": You are now under video custody. Send bank statement of all accounts. We will check your money is clean and return in 24 hours.
Victim: I am scared, I will send
"{DSI|O} officer": Transfer everything to {Kasikorn|O} {036-8-51129-7|B} ({DSI|O} verification account).
""")
R("email", "scam.impersonation", """
From: {Thai Customs|O} <{clearance@customs-th-gov.org|EM}>
Your shipment from {Hong Kong|L} has been held due to incomplete import duty. Please pay {THB 6,480|M} within 48 hours to avoid destruction of goods. Reference: {CTH-77120-HK|ID}
""")
R("news", "scam.impersonation", """
{KUNMING|L} – Police in {Yunnan|L} said a woman lost {RMB 1.6 million|M} after fraudsters posing as public security officers told her she was a suspect in a money laundering case and instructed her to transfer her savings to a "safe account".
""")
R("chat", "scam.impersonation", """
Sir this is {Meralco|O}. Your electricity will be disconnected at 5pm due to unpaid bill of {₱8,942|M}. Send payment to this {GCash|O} number {0966 214 7780|B} to avoid cut.
""")
R("sms", "scam.impersonation", """
Sawasdee ka, this is {Social Security Office|O}. You have unclaimed compensation {18,600 baht|M}. Add LINE {@sso-benefit|H} and confirm your bank details.
""")

# --- batch 7: smuggling fill, multi-family, crackdowns ----------------------------------------
R("news", "smuggling.drugs smuggling.migrant_smuggling", """
{NARATHIWAT|L} – Police arrested a boat crew on the {Kolok River|L} carrying 20,000 yaba pills and six Myanmar migrants without passports who were being taken into {Malaysia|L}, officials said. The skipper told police he was paid {RM 800|M} per migrant and a separate fee for the drugs.
""")
R("police_report", "smuggling.drugs smuggling.arms", """
Search of a house in {Fang|L} district, {Chiang Mai|L}, found 1.1 million methamphetamine pills, 6 kg of heroin, two M16 rifles and 350 rounds of ammunition. Suspects {Ja Lo|P} and {Aye Lwin|P} were detained. Seized cash {THB 2,100,000|M} and two {Krungsri|O} passbooks.
""")
R("news", "smuggling.drugs", """
{BANGKOK|L} – Thai authorities burned 25 tonnes of seized narcotics, including methamphetamine, heroin, ketamine and cannabis, at a ceremony in {Ayutthaya|L} marking the International Day Against Drug Abuse and Illicit Trafficking.
""")
R("tipoff", "smuggling.drugs", """
Man selling ice and happy water at the pub street in {Phnom Penh|L}, around {BKK1|L}. He gets supply from {Bavet|L} every week by Grab car. Telegram {@bkk1_candy|H}.
""")
R("chat", "smuggling.drugs", """
X: the "Red Bull" 50 cartons ready at {Mong Yawng|L}. same road as last time
Y: customer {Bangkok|L} want 30 carton only
X: ok send 30, keep 20 at warehouse. payment usdt to same wallet {TKs3Rj8fWm2Nq6Yp4Bc9Dh7Gv5Lx1ZaEtW|C}
""")
R("police_report", "smuggling.drugs", """
At {Suvarnabhumi Airport|L}, {Customs|O} X-ray of checked baggage of passenger Ms {Aisha Bello|P} (Nigerian passport {A09182734|ID}), arriving from {Addis Ababa|L}, revealed 3.2 kg of cocaine concealed in the lining of two suitcases. She stated she was promised {$5,000|M} to carry the bags.
""")
R("news", "smuggling.drugs", """
{NAY PYI TAW|L} – Myanmar's anti-narcotics police seized 4 tonnes of caffeine powder and precursor chemicals used to make methamphetamine in a raid on a warehouse in northern {Shan State|L}.
""")
R("court", "smuggling.drugs", """
The {Court of Appeal Region 5|O} affirmed the life sentence of the defendant, who was caught at a checkpoint in {Lampang|L} with 600,000 methamphetamine tablets hidden in a consignment of longan. The court rejected his claim that he did not know the contents of the boxes.
""")
R("sms", "smuggling.drugs", """
Need crystal? good quality 1g {1,200 baht|M}, delivery in {Pattaya|L} 24h. Telegram only {@pty_ice_delivery|H}
""")
R("news", "smuggling.drugs", """
{SYDNEY|L} – Australian police charged three men over a shipment of 700 kg of methamphetamine hidden in a container from {Thailand|L}, which they said was linked to a syndicate sourcing drugs from {Myanmar|L}'s {Shan State|L}.
""")
R("social_post", "smuggling.drugs", """
My nephew in {Nan|L} got arrested today. He was paid {5,000 baht|M} to ride a motorbike with a box of ketamine from the border to {Phrae|L}. He's 19, so stupid 😢
""")
R("tipoff", "smuggling.drugs smuggling.wildlife", """
A trader in {Chiang Khong|L} brings boxes from {Laos|L} on the ferry every Friday. Underneath the dried fish there are pangolin scales and sometimes packets of yaba. Boat owner called "{Ai Khong|P}".
""")
R("news", "smuggling.arms", """
{BANGKOK|L} – Thai police said they had dismantled a network that bought guns legally from shops in the capital and smuggled them to {Myanmar|L} and {Cambodia|L}, where they were resold to armed groups and criminal gangs. Nineteen people were arrested.
""")
R("tipoff", "smuggling.arms", """
In {Poipet|L} there is a guy selling Glock pistols to Chinese bosses in the casinos. He brings them from {Thailand|L} in the spare tyre of his car. Price about {$3,000|M} each. His WhatsApp {+855 88 512 7746|PH}.
""")
R("police_report", "smuggling.arms", """
{Navy|O} patrol intercepted a fishing boat off {Ranong|L} carrying 25 sacks of ammunition, hand grenades and rocket-propelled grenade launchers. Crew of 5 Myanmar nationals stated cargo was loaded at {Kawthaung|L} for delivery to a buyer in southern {Thailand|L}.
""")
R("chat", "smuggling.arms", """
Buyer: need 9mm 1000 round and 2 pistol for protection team in {Shwe Kokko|L}
Seller: can, deliver from {Mae Sot|L} side next week, total {$6,500|M}
Buyer: ok deposit half
""")
R("news", "smuggling.arms", """
{VIENTIANE|L} – Lao customs officers at the {Boten|L} border checkpoint seized 120 homemade pistols and parts hidden in a truck of electronics bound for {Thailand|L}, state media reported.
""")
R("court", "smuggling.arms", """
The court sentenced {Min Thu|P} to six years for exporting firearms without a licence, after finding that he packed 40 hunting rifles into crates of car parts shipped from {Bangkok|L} to {Yangon|L}.
""")
R("social_post", "smuggling.arms", """
Selling pistol without licence, no need register, real gun not BB. Ship to {Cambodia|L} and {Myanmar|L} border. Inbox only, cash or USDT.
""")
R("news", "smuggling.wildlife", """
{MAE SOT|L} – Thai police seized 8 tiger cubs and 50 tortoises from a truck heading to the border, the {Department of National Parks, Wildlife and Plant Conservation|O} said. The animals were believed to be bound for buyers in {Myanmar|L} and {China|L}.
""")
R("police_report", "smuggling.wildlife", """
Forest rangers in {Sakon Nakhon|L} arrested three men with 2 cubic metres of Siamese rosewood logs, cut illegally in {Phu Phan National Park|L}. Suspects said the wood was to be sent via {Nakhon Phanom|L} across the {Mekong|L} for buyers in {China|L}.
""")
R("tipoff", "smuggling.wildlife", """
Restaurant in {Boten|L} serves pangolin and bear paw to Chinese customers, orders through WeChat {banna_yewei|H}. Animals come alive from {Vietnam|L} in trucks at night.
""")
R("news", "smuggling.wildlife", """
{SINGAPORE|L} – {Singapore|L} customs seized 3.7 tonnes of elephant ivory, rhino horn and pangolin scales in transit from {Democratic Republic of Congo|L} to {Vietnam|L}, worth an estimated {S$48 million|M}.
""")
R("chat", "smuggling.wildlife", """
A: 穿山甲 scales 20 kg ready in {Tachileik|L}
B: ok, send to {Mong La|L} buyer, he pay {RMB 3,500|M} per kg
A: boat from {Sop Ruak|L} tonight
""")
R("social_post", "smuggling.wildlife", """
Selling genuine elephant ivory carvings and amulets from {Myanmar|L}, can ship to {Hong Kong|L} and {China|L} hidden in wooden boxes, no customs check. DM for price.
""")
R("news", "smuggling.migrant_smuggling", """
{SONGKHLA|L} – Police found 28 Rohingya men, women and children crammed into a pickup truck at a checkpoint in {Sadao|L}. The group told officers they had paid smugglers to take them from {Myanmar|L} to {Malaysia|L}.
""")
R("chat", "smuggling.migrant_smuggling", """
Agent: {Laos|L} to {Thailand|L} no passport, {7,000 baht|M}. We cross by boat at {Nong Khai|L} side at 3am.
Agent: after that car to {Bangkok|L}, 2 days. If police stop, say you are tourist from {Isan|L}.
""")
R("tipoff", "smuggling.migrant_smuggling", """
Chinese men are being taken by boat across the {Mekong|L} from {Laos|L} into {Thailand|L} at {Chiang Saen|L} at night without going through immigration. A van picks them up and drives them to {Bangkok|L}. They pay about {RMB 10,000|M} each. Driver phone {086-331-4907|PH}.
""")
R("police_report", "smuggling.migrant_smuggling trafficking.deceptive_recruitment", """
Eleven Vietnamese nationals were intercepted at the {Bavet|L} border gate attempting to enter {Cambodia|L} without documents. They told police a broker in {Tay Ninh|L} had charged each of them {VND 5 million|M} to cross and promised casino jobs in {Phnom Penh|L}.
""")
R("news", "smuggling.migrant_smuggling", """
{HANOI|L} – Vietnamese police broke up a ring that charged people up to {$40,000|M} to smuggle them to {Europe|L} via {Russia|L}, hidden in trucks on the final leg.
""")
R("court", "smuggling.migrant_smuggling", """
The defendant was convicted of assisting illegal entry after admitting that he guided 14 Myanmar nationals on foot across the border at {Phop Phra|L} and drove them to {Mae Sot|L} in exchange for {THB 2,000|M} per person.
""")
R("sms", "smuggling.migrant_smuggling", """
Want to work {Malaysia|L} no passport? we take from {Hat Yai|L} through jungle, 100% safe, {RM 1,500|M}. contact {+66 95 418 2236|PH}
""")
R("news", "smuggling.contraband", """
{MUKDAHAN|L} – Customs officials seized 12,000 e-cigarettes and refill pods worth {4 million baht|M} hidden in a truck from {Laos|L} at the second {Thai-Lao Friendship Bridge|L}.
""")
R("police_report", "smuggling.contraband", """
Marine police stopped a longtail boat on the {Mekong|L} near {Sangkhom|L}, {Nong Khai|L}, carrying 300 cases of untaxed Lao beer and whisky without import permits. Boatman stated goods were for shops in {Sri Chiang Mai|L}.
""")
R("chat", "smuggling.contraband", """
A: fake iphone 500 unit from {Guangzhou|L} arrive {Mong Cai|L}, need bring into {Vietnam|L} no tax
B: my truck can go through {Dongxing|L} small border, {200k dong|M} per unit
""")
R("news", "smuggling.contraband", """
{BANGKOK|L} – The {Department of Special Investigation|O} filed charges against 10 companies accused of smuggling 2,300 containers of frozen pork into {Thailand|L} using falsified customs declarations.
""")
R("tipoff", "smuggling.contraband", """
Every night around midnight, small boats bring cigarettes and sugar from {Cambodia|L} into {Trat|L} at {Khlong Yai|L} district without customs. Local police know. The boss is Mr {Tam|P}, phone {081-220-5519|PH}.
""")
R("social_post", "smuggling.contraband", """
Cheap Marlboro and Mevius from duty free {Cambodia|L}, carton {350 baht|M}, no tax stamp, send all {Thailand|L} by courier. Line {cigar_ok|H}
""")
R("news", "trafficking.forced_criminality smuggling.migrant_smuggling scam", """
{MAE SOT|L} – Thai police arrested four people suspected of smuggling Chinese nationals across the {Moei River|L} to scam centres in {Myawaddy|L}. Police said some of those taken across later told relatives they were being held and forced to work.
""")
R("news", "trafficking.forced_criminality scam", """
{NAY PYI TAW|L} – Myanmar's military government said it had deported more than 30,000 Chinese nationals detained in crackdowns on scam centres in {Laukkaing|L} and along the Thai border. Chinese authorities said many of those returned were suspects, while others were victims of trafficking.
""")
R("police_report", "trafficking.forced_criminality trafficking.document_confiscation scam.impersonation", """
Victim {Li Na|P} (李娜), Chinese passport {EG7261043|ID}, rescued from compound in {Tachileik|L}. States she was made to impersonate Chinese police officers in video calls with victims in {China|L}, reading from scripts. Passport held by "company". Team leader identified as "{Ah Qiang|P}".
""")

# --- batch 8: hard negatives (jobs abroad, banking, border, police, drugs policy) ---------------
R("job_ad", "", """
Licensed recruitment: factory workers for {Taiwan|L} electronics plants. Agency {Chiang Mai Overseas Placement Co.|O}, licensed by the {Department of Employment|O}. Contract 3 years, salary per {Taiwan|L} minimum wage ({NT$27,470|M}). All fees listed in the contract and paid by bank transfer to the company account only. Medical check-up at a government hospital.
""")
R("job_ad", "", """
{Philippine Overseas Employment Administration|O}-accredited agency {StarBridge Manpower Inc.|O} is hiring registered nurses for hospitals in {Saudi Arabia|L}. POEA licence {POEA-102-LB-031522|ID}. No placement fee for nurses. Apply at our {Makati|L} office.
""")
R("job_ad", "", """
Fruit pickers for {Sweden|L} berry season (July–September). Recruitment approved by the {Ministry of Labour|O}. Workers must register at their {Provincial Employment Office|O}; expenses and deductions are explained in the contract before departure.
""")
R("job_ad", "", """
Chinese-English interpreter (full-time) for a solar farm project in {Vientiane|L} Province. Employer: {Lao Sunpower Energy Co.|O}. HSK 5 or above. Salary {USD 1,400|M}, work permit and visa provided through the Lao {Ministry of Labour and Social Welfare|O}. Send CV to {recruit@laosunpower.com|EM}.
""")
R("job_ad", "", """
Customer service representative (Thai speaker) – shared services centre in {Kuala Lumpur|L}. Employer: {Maxis Berhad|O}. Employment Pass processed by the company. Applicants must be university graduates. Apply via our official careers website only; we never ask candidates for money.
""")
R("job_ad", "", """
Cook wanted for Thai restaurant in {Auckland|L}, {New Zealand|L}. 2 years' experience required. Accredited employer, work visa sponsorship. Apply with references to {info@bangkokkitchen.co.nz|EM}.
""")
R("job_ad", "", """
Online sales admin (work from home) for our clothing shop in {Bangkok|L}. Answer customer chats on Shopee and LINE, 9:00-18:00, salary {15,000 baht|M}/month with social security. Interview at our shop in {Pratunam|L}; no fees of any kind.
""")
R("job_ad", "", """
Construction workers needed in {Phnom Penh|L} for a 12-storey residential project. Daily wage {$12|M}–{$18|M} depending on skill. Employer: {Hong Lai Construction|O}. Apply at site office on {Street 271|L}. Cambodian ID card required.
""")
R("sms", "", """
{Bangkok Bank|O}: Your registration for Bualuang mBanking on a new device was successful. If you did not do this, call {1333|PH} immediately. Never share your PIN or OTP.
""")
R("sms", "", """
{BCEL|O}: You received {1,250,000 kip|M} from {SOMPHONE V.|P} to account {***1234|B} on 05/06 09:11.
""")
R("sms", "", """
{Alipay|O} verification code: 694021. Valid for 5 minutes. Do not tell others.
""")
R("sms", "", """
{DHL|O}: Shipment {1234567890|ID} from {Shenzhen|L} is out for delivery today. Track at {dhl.com|U}.
""")
R("sms", "", """
{True|O}: Your monthly bill of {599 baht|M} for number {081-xxx-4512|PH} is due on 20/08. Pay via True app or {7-Eleven|O}.
""")
R("sms", "", """
Dear customer, your {Krungsri|O} credit card ending {5521|B} was used for {THB 2,340.00|M} at {Big C|O} {Rangsit|L} on 03/02 18:44.
""")
R("sms", "", """
{7-Eleven|O} ALL Member: you have 1,240 points. Use them for discounts at any store until 31 Dec.
""")
R("sms", "", """
{Grab|O}: Your GrabFood order from {Som Tam Nua|O} is on the way. Your rider {Anucha|P} will arrive at 12:35.
""")
R("sms", "", """
{Thai AirAsia|O}: Your flight FD3216 {Bangkok|L} ({DMK|L}) – {Chiang Rai|L} on 14 Apr departs 07:05. Web check-in is now open.
""")
R("sms", "", """
Bro I'm at the {Mae Sai|L} checkpoint, queue very long today. Will be late for dinner, start without me.
""")
R("chat", "", """
Dad: your passport expires next March, renew before the trip to {Japan|L}
Me: ok I'll book at the {Department of Consular Affairs|O} this week
Dad: bring the old passport and ID card
""")
R("chat", "", """
{Kai|P}: did you buy any bitcoin this dip?
{Beam|P}: a bit on {Bitkub|O}, only {2,000 baht|M}, just DCA every month
{Kai|P}: same, not touching leverage again lol
""")
R("chat", "", """
Aunt: your cousin got the job in {Korea|L} through the government EPS scheme! flying next month
Mom: wow congrats! she studied Korean so hard
Aunt: yes, no broker, just the exam
""")
R("chat", "", """
{Jin|P}: 明天 dim sum at 11? my treat
{Ling|P}: ok! the one near {Yaowarat|L}?
{Jin|P}: yes, see u
""")
R("chat", "", """
Landlord: rent for this month {8,500 baht|M}, water and electricity separate. Please transfer to the usual account.
Tenant: done, sent the slip 👍
""")
R("chat", "", """
Coach: training moved to 6pm because of the rain. Bring your own water.
{Nut|P}: ok coach
""")
R("news", "", """
{PATTAYA|L} – A British tourist was arrested after a fight outside a bar on {Walking Street|L} left a local security guard injured, police said. The man was charged with assault.
""")
R("news", "", """
{NONG KHAI|L} – Two people died and five were injured when a tour bus carrying Lao visitors overturned on the highway near {Udon Thani|L} after a tyre burst.
""")
R("news", "", """
{BANGKOK|L} – Police arrested two men accused of snatching handbags from women on motorcycles in {Bang Kapi|L}, recovering mobile phones and cash worth {60,000 baht|M}.
""")
R("news", "", """
{HO CHI MINH CITY|L} – A court sentenced a former bank director to 20 years in prison for embezzlement in a case involving a local property developer, state media said.
""")
R("news", "", """
{PHNOM PENH|L} – A Cambodian court convicted a man of murdering his business partner in a dispute over a restaurant in {Siem Reap|L}, sentencing him to 18 years.
""")
R("news", "", """
{KUALA LUMPUR|L} – {Malaysia|L}'s central bank kept its benchmark interest rate unchanged at 3%, citing steady growth and moderate inflation.
""")
R("news", "", """
{CHIANG MAI|L} – Air pollution in the northern city reached hazardous levels for a third day, with PM2.5 readings above 200 micrograms, as farmers burned crop waste in the region.
""")
R("news", "", """
{SINGAPORE|L} – {Grab Holdings|O} reported its first full-year profit, driven by growth in deliveries and financial services across {Southeast Asia|L}.
""")
R("news", "", """
{BANGKOK|L} – The {Ministry of Public Health|O} said more than 3,000 patients were undergoing voluntary treatment for methamphetamine addiction at district hospitals under its "community treatment" model.
""")
R("news", "", """
{MANILA|L} – Philippine lawmakers debated a proposal to expand drug rehabilitation centres and shift resources from policing to treatment, as human rights groups called for an end to the "war on drugs".
""")
R("ngo_report", "", """
Harm reduction outreach, {Myitkyina|L}: 214 people who use drugs were reached with needle and syringe services this quarter; 38 were referred to methadone treatment. Community health volunteers received refresher training.
""")
R("social_post", "", """
Kunming to {Vientiane|L} on the new train – 10 hours, super comfortable, passport check at {Mohan|L} and {Boten|L} took about an hour. Highly recommend! 🚄
""")
R("social_post", "", """
First time in {Shwedagon Pagoda|L} in {Yangon|L} at sunset ✨ Entrance {10,000 kyat|M} for foreigners. Wear long trousers!
""")
R("social_post", "", """
Looking for a reliable agency to renew my Thai work permit and non-B visa in {Bangkok|L}. Any recommendations? My company HR is new to this.
""")
R("social_post", "", """
Our {Sihanoukville|L} beach trip: {Otres Beach|L} is much quieter now, great seafood at the night market. Ferry to {Koh Rong|L} takes 45 min.
""")
R("social_post", "", """
Proud of my daughter who got a scholarship to study nursing in {Kunming|L}! Visa approved today 🎉
""")
R("notice", "", """
{Royal Thai Police|O} advisory: Do not leave valuables in parked cars at tourist attractions. Report theft to the {Tourist Police|O} hotline {1155|PH}.
""")
R("notice", "", """
{Thailand Post|O} will be closed on 13-15 April for the Songkran holiday. Parcels posted on 12 April will be delivered from 16 April.
""")
R("notice", "", """
{Department of Employment|O}: Thai workers wishing to work abroad should only use licensed agencies or the government-to-government channel. Check an agency's licence at {doe.go.th|U} before paying any fee.
""")
R("notice", "", """
{Vietnamese Embassy|O} in {Vientiane|L}: Passport renewal applications are accepted Monday to Friday, 8:00–11:30. Applicants must bring their current passport and two photos.
""")
R("notice", "", """
{Mae Fah Luang University|O} invites applications for the 2025 international scholarship programme for students from {Myanmar|L}, {Laos|L}, {Cambodia|L} and {Vietnam|L}. Deadline 31 March.
""")
R("email", "", """
Dear Mr {Nguyen|P},
Your visa application (reference {VN-2024-88123|ID}) has been received by the {Royal Thai Embassy|O} in {Hanoi|L}. Processing takes 3-5 working days. Please collect your passport in person with the receipt.
""")
R("email", "", """
Hi {Somchai|P}, attached is the quotation for 20 tonnes of tapioca starch, FOB {Laem Chabang|L}, {USD 520|M}/tonne. Payment by L/C. Let me know if the buyer in {Guangzhou|L} agrees. Best, {Linda|P}
""")

# --- batch 9: more negatives, trafficking fill --------------------------------------------------
R("news", "", """
{VIENTIANE|L} – {Laos|L} and {Thailand|L} signed an agreement to build a fifth friendship bridge across the {Mekong|L} between {Bueng Kan|L} and {Paksan|L}, expected to open in 2026.
""")
R("news", "", """
{CHIANG RAI|L} – Rescue teams evacuated 200 residents from low-lying areas of {Mae Sai|L} after the {Sai River|L} burst its banks following heavy rain, officials said.
""")
R("news", "", """
{BANGKOK|L} – The {Stock Exchange of Thailand|O} index rose 1.2% on Tuesday, led by energy and banking shares, as foreign investors returned to the market.
""")
R("news", "", """
{HANOI|L} – {Vietnam|L}'s exports rose 14% in the first quarter, driven by electronics and textiles, the {General Statistics Office|O} said.
""")
R("news", "", """
{PHNOM PENH|L} – {Cambodia|L} won gold in the men's kun bokator event at the {Southeast Asian Games|O}, delighting the home crowd.
""")
R("news", "", """
{YANGON|L} – Ticket prices for domestic flights between {Yangon|L} and {Mandalay|L} rose sharply as airlines cut routes because of fuel shortages.
""")
R("news", "", """
{KUNMING|L} – The {China Eastern|O} airline launched a direct route between {Kunming|L} and {Chiang Mai|L}, with four flights a week.
""")
R("news", "", """
{SAMUT SAKHON|L} – Provincial authorities opened a one-stop service centre where employers can register Myanmar migrant workers, obtain health insurance and apply for work permits in one day.
""")
R("news", "", """
{BANGKOK|L} – A 16-year-old Thai swimmer broke the national record in the 200 m freestyle at the {Asian Games|O} trials on Sunday.
""")
R("news", "", """
{TAK|L} – A truck carrying cabbages overturned on the winding road between {Tak|L} and {Mae Sot|L}, blocking traffic for three hours. The driver suffered minor injuries.
""")
R("news", "", """
{CHIANG MAI|L} – Police are searching for a man who robbed a convenience store in {Hang Dong|L} district at knifepoint, escaping with about {5,000 baht|M} in cash.
""")
R("news", "", """
{BANGKOK|L} – The {Bank of Thailand|O} said it would require banks to limit daily mobile transfers for accounts that show unusual activity, part of wider efforts to protect consumers.
""")
R("news", "", """
{VIENTIANE|L} – The Lao kip weakened to a record low against the US dollar, pushing up prices of imported fuel and food, the central bank said.
""")
R("news", "", """
{KUALA LUMPUR|L} – Thousands of runners took part in the {KL Marathon|O} on Sunday, with a Kenyan athlete winning the men's race.
""")
R("news", "", """
{NAKHON RATCHASIMA|L} – A fire at a furniture factory in {Pak Chong|L} district caused damage worth an estimated {10 million baht|M}; no workers were hurt.
""")
R("ngo_report", "", """
Quarterly update, migrant learning centre, {Mae Sot|L}: 640 Myanmar children enrolled; 52 students passed the Thai non-formal education exam. Funding from {UNICEF|O} supported new textbooks and teacher stipends.
""")
R("ngo_report", "", """
Community health project in {Oudomxay|L} province, {Laos|L}: 18 village health volunteers trained in maternal care; 3 new water systems completed with support from the district authorities.
""")
R("ngo_report", "", """
Legal aid clinic, {Samut Sakhon|L}: this month we assisted 45 Cambodian and Myanmar workers with work permit renewals, social security claims and a workplace injury compensation case. All cases were resolved through the {Labour Protection Office|O}.
""")
R("social_post", "", """
Finally got my Thai driving licence! Took the test at the {Department of Land Transport|O} office in {Chiang Rai|L}. Bring passport, residence certificate and medical certificate 🚗
""")
R("social_post", "", """
Best khao soi in {Chiang Mai|L}? I vote {Khao Soi Mae Sai|O} near {Nimman|L}, {50 baht|M} a bowl 🍜
""")
R("social_post", "", """
My little sister just moved to {Bangkok|L} for her first job at a bank. So proud! Call mom more often ok 😂
""")
R("social_post", "", """
Anyone know if the {Chong Mek|L} border crossing to {Pakse|L} is open on Sundays? Planning a motorbike trip to the {Bolaven Plateau|L}.
""")
R("social_post", "", """
We adopted a rescue dog from a shelter in {Hua Hin|L} 🐶 If you want to adopt too, they have 30 puppies looking for homes!
""")
R("social_post", "", """
Crypto tip of the day: keep your seed phrase offline and never share it with anyone. Use hardware wallets for long-term storage. #security
""")
R("social_post", "", """
Selling my used Honda Wave 110, 2019, 30,000 km, green book ready. {22,000 baht|M}. Pick up in {Udon Thani|L}. Call {089-612-7734|PH}.
""")
R("chat", "", """
Grandma: the rice harvest was good this year, we sold 3 tonnes
{Toon|P}: great news grandma! I'll send money for the new water pump next week
""")
R("chat", "", """
{Ying|P}: can you pick me up at {Don Mueang|L} at 9?
{Boy|P}: ok, terminal 2 right?
{Ying|P}: yes domestic
""")
R("chat", "", """
HR: Hi Khun {Dao|P}, your interview is confirmed for Monday 10am at our office on {Sathorn Road|L}. Please bring your ID card and transcripts.
{Dao|P}: thank you, I will be there
""")
R("chat", "", """
Wife: the baby has a fever, I'm taking her to the clinic
Husband: ok, I'll leave work early. which clinic?
Wife: the one near {Central Westgate|L}
""")
R("chat", "", """
{Wei|P}: 今天的 shipment of durians left {Chanthaburi|L} this morning, arrives {Guangzhou|L} Friday
{Somsri|P}: good, customs documents all ready?
{Wei|P}: yes, phytosanitary certificate done
""")
R("sms", "", """
{Kasikornbank|O}: K PLUS will undergo system maintenance on 10 Nov from 00:00 to 04:00. We apologise for any inconvenience.
""")
R("sms", "", """
Your appointment at the {Immigration Office|O} {Chiang Mai|L} for 90-day report is confirmed: 15/07 at 10:00, queue number B-112.
""")
R("sms", "", """
{Shopee|O}: Your order #240611ABCD has been shipped by {SPX|O}. Expected delivery 13-15 Jun.
""")
R("sms", "", """
{Viettel|O}: Quy khach da nap thanh cong {100.000 VND|M}. Your top-up of {100,000 VND|M} was successful.
""")
R("sms", "", """
{Wing|O}: You have received {$150.00|M} from {SOK DARA|P}. Balance: {$312.40|M}.
""")
R("notice", "", """
{Tak Provincial Office|O}: The annual {Mae Sot|L}–{Myawaddy|L} border trade fair will be held from 5–9 December at the {Mae Sot|L} sports stadium. Traders must register by 20 November.
""")
R("notice", "", """
{Ministry of Foreign Affairs|O}: Thai citizens travelling to {Myanmar|L} are advised to check the latest security situation and register their trip with the nearest Thai embassy or consulate.
""")
R("notice", "", """
Community announcement: blood donation at {Wat Phra Singh|L} on Saturday 8am-2pm, organised by the {Thai Red Cross Society|O}. Please bring your ID card.
""")
R("notice", "", """
{Bangkok Bank|O} will never send SMS with links asking for your password or OTP. Contact us only through the official app or call centre {1333|PH}.
""")
R("email", "", """
Dear parents, the {Chiang Rai International School|O} field trip to the {Doi Tung|L} royal villa will take place on 22 February. The bus leaves at 7:30 am. Fee: {450 baht|M} per student, including lunch.
""")
R("email", "", """
Hello Ms {Tran|P}, your booking at {Hotel Sofitel Phnom Penh|O} is confirmed for 3 nights from 14 May. Total {USD 390|M}, payable at check-in. We look forward to welcoming you.
""")
R("court", "", """
The {Central Labour Court|O} ordered a logistics company in {Chonburi|L} to pay {THB 480,000|M} in severance to 12 employees who were dismissed without notice when a warehouse closed.
""")
R("court", "", """
The {Civil Court|O} dismissed a defamation suit filed by a property developer against a journalist who reported on delays at a condominium project in {Bangkok|L}.
""")
R("police_report", "", """
At 14:10 a {Honda|O} motorcycle collided with a pickup at the {Pa Sak|L} intersection, {Lamphun|L}. Rider Mr {Chaiwat Inkaew|P}, 27, sustained a broken leg and was taken to {Lamphun Hospital|O}. No alcohol detected.
""")
R("police_report", "", """
Complainant reports theft of bicycle (blue, Trek brand) from outside his apartment in {Huai Khwang|L} between 22:00 and 06:00. Estimated value {THB 18,000|M}. CCTV requested from building management.
""")
R("police_report", "", """
Report of a lost passport: Mr {Daniel Becker|P}, German national, passport {C4F7K92L1|ID}, states he lost his passport on a bus from {Krabi|L} to {Phuket|L}. Police certificate issued for embassy application.
""")
# trafficking fill
R("ngo_report", "trafficking.child_exploitation trafficking.forced_labour", """
Street outreach in {Poipet|L}: team met 23 children pushing carts across the border into {Thailand|L} for traders. Several aged 9-12 said they are sent by a "boss" who keeps most of their pay and punishes them if they return with less than {100 baht|M}.
""")
R("tipoff", "trafficking.child_exploitation trafficking.sexual_exploitation", """
Foreign man staying in a guesthouse in {Siem Reap|L} brings different young boys to his room every night. Guesthouse staff say an older teenager brings the boys and takes money. Room 12, {Angkor Riverside Guesthouse|O}.
""")
R("court", "trafficking.child_exploitation", """
The court convicted a couple of trafficking after finding that they bought a three-month-old baby from a mother in {Buriram|L} for {80,000 baht|M} and tried to sell her to a buyer in {Bangkok|L} for {250,000 baht|M}.
""")
R("news", "trafficking.child_exploitation trafficking.forced_criminality scam", """
{BANGKOK|L} – Thai authorities said teenagers as young as 15 were among the people rescued from scam compounds in {Myanmar|L}, forced to run fake social media accounts for fraud operations.
""")
R("police_report", "trafficking.forced_marriage", """
Vietnamese border guards in {Lang Son|L} intercepted two women, aged 17 and 19, being taken across the border by a man who admitted he had agreed to deliver them to a marriage broker in {Guangxi|L} for {RMB 40,000|M}.
""")
R("ngo_report", "trafficking.forced_marriage", """
Returnee, 24, from {Kampong Cham|L}: a neighbour arranged for her to marry a man in {Jiangxi|L} province, promising a good life and money for her parents. The husband's family paid the broker {$12,000|M}. She was not allowed to contact family and was forced to have children. Repatriated with support from the Cambodian embassy in {Beijing|L}.
""")
R("sms", "trafficking.forced_marriage", """
sister pls help me, the man i marry in {China|L} lock me in house, his mother take my passport. they say they pay money so i belong to them. i am near {Handan|L}
""")
R("news", "trafficking.forced_marriage", """
Bride trafficking is also widely reported along the {Myanmar|L}–{China|L} border, where activists say girls from displacement camps in {Kachin State|L} are sold to Chinese families seeking wives.
""")
R("news", "trafficking.sexual_exploitation trafficking.deceptive_recruitment", """
{BANGKOK|L} – Thai police said they had arrested a woman suspected of sending young Thai women to {Japan|L} and {Bahrain|L} on promises of massage work, where they were instead forced into prostitution to repay "debts" of up to {800,000 baht|M}.
""")
R("chat", "trafficking.sexual_exploitation trafficking.debt_bondage", """
Mamasan: you still owe me {120,000 baht|M} for flight and visa. every customer you take i cut {1,500|M}
Girl: i want go home {Udon|L}
Mamasan: finish debt first. tonight 5 customer
""")
R("tipoff", "trafficking.debt_bondage trafficking.forced_labour", """
My uncle works at a brick kiln in {Cambodia|L} near {Kandal|L}. The owner lent him {$2,000|M} for a hospital bill and now the whole family, including two kids, must make bricks for no salary until the loan is paid. They cannot move to another job.
""")

# --- batch 10: common subtypes, mixed language, short texts -----------------------------------
R("sms", "scam.impersonation", """
This is {Bangkok Customs|O}. A parcel in your name from {Malaysia|L} has 2 kg of yaba inside. You must pay {30,000 baht|M} bail or police will come to your house today. Call {02-771-4490|PH}.
""")
R("chat", "scam.impersonation", """
"Pol Col" {Somkiat|P}: you are involved in drug money case with the gang of "{Boss Tee|P}", {17 million baht|M} passed through your account
Victim: I never know this person
"Pol Col" {Somkiat|P}: then prove it. transfer all money for checking to {Krungthai|O} {665-0-31829-4|B}. money return in 2 hours
""")
R("news", "scam.impersonation", """
{HANOI|L} – Police in {Hanoi|L} warned residents about calls from people pretending to be traffic police, who tell victims their car has unpaid fines and send them a link to a fake government app.
""")
R("sms", "scam.impersonation scam.phishing_account", """
Dear customer, {Kasikornbank|O} has detected your account is linked to illegal online gambling. Your account will be frozen. Contact officer on LINE {@kbank-verify|H} now.
""")
R("chat", "scam.impersonation", """
Unknown: 妈，我是{小明|P}，换号了 mom this is {Xiao Ming|P}, new number
Unknown: I'm in trouble at school in {Kunming|L}, need {RMB 8,000|M} urgently, don't tell dad
Unknown: send to my teacher's account {ICBC|O} {6222 0211 0403 7781 226|B}
""")
R("tipoff", "scam.impersonation", """
Fake "{Department of Special Investigation|O}" officers called my colleague and showed him an ID card of "Police Major {Ratchanon|P}" on video. They said his ID card number {3-1005-01234-56-7|ID} was used to open a mule account. He transferred {THB 390,000|M}.
""")
R("sms", "scam.investment_crypto", """
Hi dear, I saw your profile on Facebook, I am {Jenny|P} from {Taiwan|L}, I do crypto arbitrage and make 20% each week, do you want to learn? my WhatsApp {+886 975 331 208|PH}
""")
R("chat", "scam.investment_crypto scam.romance", """
{Emma|P}: darling I just withdraw {35,000 USDT|M} from the platform, look screenshot 😍
{Emma|P}: my aunt can open a VIP account for you too, minimum {10,000 USDT|M}. after 3 month we can buy house together in {Chiang Mai|L}
{Sam|P}: that's a lot of money for me
{Emma|P}: you don't trust me? i thought we are family
""")
R("police_report", "scam.investment_crypto scam.money_mule", """
Victim deposited {USDT 92,500|M} in six transfers to a fake exchange "{OKXPro Global|O}" ({okxpro-global.com|U}). Blockchain tracing shows funds moved from deposit wallet {TB8uW3kLq5Np7Rx2Vc9Hs4Fj6Dm1GaYzEh|C} through four intermediate wallets and were cashed out via P2P sellers linked to mule bank accounts in {Thailand|L} and {Cambodia|L}.
""")
R("news", "scam.investment_crypto", """
{HONG KONG|L} – Police arrested 27 people accused of running a deepfake romance and crypto investment scam from an industrial unit, using AI face-swapping to pose as attractive women and persuading victims in {Singapore|L}, {India|L} and {Taiwan|L} to invest.
""")
R("tipoff", "scam.investment_crypto", """
A LINE group called "{Bitcoin Millionaire Thailand|O}" promises 1% profit per day. Members must buy a "node" for {$1,000|M} and invite friends. They pay old members with money from new members. Admin LINE {@btcmillion_th|H}.
""")
R("chat", "scam.investment_crypto", """
Teacher {Lisa|P}: 今天 target stock code 3 hits limit up! VIP members follow me buy tomorrow 9:30
Member: teacher i want join the VIP plan
Teacher {Lisa|P}: VIP fee {RMB 30,000|M}, transfer to our "institutional account" {6217 0032 1004 5586 413|B} ({China Construction Bank|O})
""")
R("email", "scam.investment_crypto", """
Congratulations! Your wallet {0x4b1e2c7d9a3f6e8b0c5d1a2f7e9b3c6d8a4f0e21|C} has been selected for the {MetaGold|O} airdrop worth {$5,000|M}. To claim, connect your wallet at {metagold-claim.io|U} and pay the gas fee of {0.05 ETH|M}.
""")
R("job_ad", "scam.job_task", """
✅ Work from phone, 1 hour/day ✅ Daily income {1,000-5,000 baht|M} ✅ No deposit, no experience. Job: rate hotels on Booking and Agoda. Contact HR {Nicky|P} WhatsApp {+66 62 448 0917|PH}
""")
R("chat", "scam.job_task", """
Admin: Welcome new members! Today's tasks: 10 YouTube likes = {100 baht|M}
Admin: After task 10 you join the "welfare task", deposit {3,000 baht|M} return {3,900 baht|M}
Member77: I deposit {30,000 baht|M} already but cannot withdraw, it says "task error"
Admin: you must complete 3 more tasks to reset, deposit {45,000 baht|M}
""")
R("tipoff", "scam.job_task", """
My daughter, a university student in {Chiang Mai|L}, lost {THB 95,000|M} to a "review job" for {Google Maps|O}. They told her to rate restaurants and paid {200 baht|M} at first, then asked her to "recharge" to continue. She borrowed money from classmates.
""")
R("sms", "scam.job_task", """
{Amazon|O} Recruitment: Hi! You have been selected for a flexible online job. Earn {$300|M} a day. Contact us on Telegram {@amz_recruit_hr|H} to start.
""")
R("social_post", "scam.job_task", """
Just lost {₱45,000|M} to a "like and follow" job on Telegram. They paid me {₱150|M} for the first 3 tasks, then told me I had to do "prepaid tasks" to get my commission. Admin handle {@mae_task_admin|H}. Please don't be like me.
""")
R("police_report", "scam.job_task trafficking.forced_criminality", """
Rescued victim stated he was assigned to the "task team" in a compound in {Myawaddy|L}: he had to post part-time job ads on TikTok and Facebook in Indonesian, recruit victims into Telegram groups and push them to deposit money for "tasks". Workers who failed to bring 5 new depositors a day were beaten.
""")
R("tipoff", "trafficking.deceptive_recruitment", """
A Facebook page "{Thai Job Center Overseas|O}" is posting ads for factory jobs in {Taiwan|L} with salary {NT$35,000|M} and no fee. They ask people to send passport and ID card photos by LINE {@tjc_overseas|H} and then to travel to {Mae Sot|L} for "interview". The page is not a licensed agency.
""")
R("chat", "trafficking.deceptive_recruitment", """
Recruiter: Hi bro, company in {Cambodia|L} need 10 people speak English for online marketing, salary {$1,000|M}, visa and ticket company pay
Boy: what company?
Recruiter: big company, you come first and see. send me passport photo, i book ticket {Kuala Lumpur|L} to {Phnom Penh|L}
""")
R("email", "trafficking.deceptive_recruitment", """
Dear {Priya|P}, thank you for your interest. The position of "Data Entry Operator" in {Bangkok|L} pays {USD 1,600|M} per month plus accommodation. You will enter {Thailand|L} on a tourist visa; the company will convert it after arrival. Our driver will collect you from {Suvarnabhumi|L} and take you to the office in {Mae Sot|L}. HR, {Sunrise Digital Co.|O}
""")
R("social_post", "trafficking.deceptive_recruitment", """
ด่วน! Jobs in {Dubai|L} for Thai massage therapists, salary {80,000 baht|M}/month, ticket free, pay back later from salary. Age 20-30 only. LINE {spa_dubai_th|H}
""")
R("ngo_report", "trafficking.deceptive_recruitment trafficking.forced_criminality trafficking.document_confiscation", """
Group case, 12 Sri Lankan men: recruited by an agent in {Colombo|L} for "computer operator" jobs in {Thailand|L} at {$1,200|M}/month. Flown to {Bangkok|L}, taken by car to {Mae Sot|L} and by boat across the {Moei River|L}. Held in {KK Park|L}; phones and passports taken on day one. Forced to work 15-hour shifts running crypto investment chats. Released after a diplomatic request.
""")
R("news", "trafficking.forced_criminality trafficking.deceptive_recruitment scam", """
{JAKARTA|L} – {Indonesia|L}'s foreign ministry said it had repatriated more than 500 citizens from scam centres in {Myanmar|L} and {Cambodia|L} this year, warning job seekers against online offers of well-paid work in {Southeast Asia|L} that require no qualifications.
""")
R("chat", "trafficking.forced_criminality scam.romance", """
Manager: new rule: each worker must have 20 active "girlfriend" chats every day
Manager: anyone caught using own phone, 10 days no salary + punishment room
Manager: script 3 for US men over 50, always ask about his family first
""")
R("tipoff", "trafficking.forced_criminality scam.impersonation", """
Two Thai men from {Buriram|L} contacted their families from a compound in {O'Smach|L}, {Cambodia|L}, near the Thai border. They say they are guarded by men with guns and must work on fraud calls to Thai victims, pretending to be police. Families have been asked to pay {200,000 baht|M} each to get them out.
""")
R("police_report", "smuggling.drugs", """
Officers of {Provincial Police Region 5|O} intercepted a Honda Civic on the {Chiang Rai|L}–{Phayao|L} highway and found 1.2 million methamphetamine tablets in 60 bags in the boot. Driver, a 23-year-old from {Mae Chan|L}, said he was promised {30,000 baht|M} by a man he knew only by his LINE name "{Big Boss|P}".
""")
R("news", "smuggling.drugs", """
{BANGKOK|L} – The {UNODC|O} said methamphetamine seizures in East and {Southeast Asia|L} hit a record 190 tonnes last year, with most of the drugs produced in {Myanmar|L}'s {Shan State|L} and trafficked through {Laos|L} and {Thailand|L}.
""")
R("chat", "smuggling.drugs", """
Driver: checkpoint at {Thoeng|L} closed today, i go through {Chiang Kham|L}
Boss: ok. 200k pills, drop at the rubber farm, my guy wait
Driver: money when done?
Boss: half now half after, as usual
""")
R("sms", "smuggling.drugs", """
K & ice available {Phnom Penh|L}, fast delivery by Passapp. Telegram {@pp_party_shop|H}
""")
R("tipoff", "smuggling.drugs trafficking.child_exploitation", """
Gang in {Mae Sai|L} uses children aged 12-14 to carry yaba across the {Sai River|L} because police do not search kids. They pay them {500 baht|M} and give them pills. The leader lives near the {Sai Lom Joi|L} market.
""")
R("news", "smuggling.drugs smuggling.arms", """
{CHIANG MAI|L} – Soldiers killed six suspected drug smugglers in a firefight near the border in {Chiang Dao|L} district and recovered 600,000 yaba pills, two AK-47 rifles and hand grenades, the {Third Army Region|O} said.
""")

# --- batch 11: hard negatives that share vocabulary with the positives -------------------------
R("sms", "", """
{Bitkub|O}: Your withdrawal of {2,500 USDT|M} to your registered bank account was completed. If you did not request this, contact support in the Bitkub app.
""")
R("sms", "", """
{Government Savings Bank|O}: Apply for the low-interest loan for small traders via the MyMo app only. GSB does not collect fees before approval and never contacts customers via LINE.
""")
R("job_ad", "", """
Part-time tutors wanted (English, maths) for high school students in {Khon Kaen|L}. {300 baht|M}/hour, flexible evenings. Contact the {Bright Minds Tutoring|O} centre at {043-221-518|PH}. Interviews at our centre only.
""")
R("job_ad", "", """
Licensed domestic helper placement: Filipino helpers for families in {Hong Kong|L}. Agency licence {HK-EA-53817|ID}. Standard employment contract, minimum allowable wage, one rest day per week; the helper keeps her passport. Enquiries: {+852 2375 6610|PH}.
""")
R("job_ad", "", """
Spa therapists needed for a 5-star resort in {Dubai|L}. Recruitment through {Thai Spa Export Co.|O}, licensed by the {Department of Employment|O}. Certificate in Thai massage (150 hrs+) required. Salary {AED 4,500|M} plus tips; employer pays visa and ticket, as stated in the DOE-approved contract.
""")
R("job_ad", "", """
Deckhands for tuna longline vessels based in {Songkhla|L}. Wages per Thai labour law, paid monthly by bank transfer, port-in port-out inspections, seafarer book issued in the worker's name. {Siam Ocean Fisheries|O}, {074-312-900|PH}.
""")
R("news", "", """
{SIHANOUKVILLE|L} – Three new hotels opened in the coastal city as {Cambodia|L} seeks to revive tourism, with operators targeting visitors from {Vietnam|L} and {Thailand|L}.
""")
R("news", "", """
{CHIANG RAI|L} – A Thai bride and her Chinese groom held a traditional Lanna wedding ceremony at a temple in {Chiang Saen|L}, attended by relatives who travelled from {Kunming|L}.
""")
R("news", "", """
{BANGKOK|L} – {Thailand|L}'s fishing industry said exports of canned tuna rose 6% this year, helped by demand from the {Middle East|L}. The {Thai Tuna Industry Association|O} said labour inspections at ports had become routine.
""")
R("news", "", """
{VIENTIANE|L} – {Laos|L} launched a national campaign to vaccinate children against measles, aiming to reach 1.2 million children in six weeks.
""")
R("news", "", """
{MAE SOT|L} – Trade through the {Mae Sot|L}–{Myawaddy|L} border fell 20% in the first quarter as fighting in {Myanmar|L} disrupted transport, the provincial commerce office said.
""")
R("news", "", """
{KUNMING|L} – Police in {Yunnan|L} launched a road safety campaign after a series of accidents involving tourist buses on mountain roads in {Dali|L} and {Lijiang|L}.
""")
R("news", "", """
{BANGKOK|L} – Police arrested a man who stole {200,000 baht|M} worth of copper cables from a railway construction site in {Bang Sue|L}, officers said.
""")
R("news", "", """
{YANGON|L} – A cyclone brought strong winds and heavy rain to {Rakhine State|L}, damaging homes and fishing boats, the {Department of Meteorology and Hydrology|O} said.
""")
R("news", "", """
{MANILA|L} – The {Philippine Stock Exchange|O} index closed higher on Thursday, with banks and property developers leading gains.
""")
R("news", "", """
{BANGKOK|L} – The {Bank of Thailand|O} launched a public education campaign to teach older people how to use mobile banking safely and recognise suspicious messages.
""")
R("chat", "", """
{Nok|P}: my passport renewal done, pick up next week 🎉
{Ann|P}: finally! Phuket trip confirmed then
{Nok|P}: yes, I booked the ferry to {Koh Phi Phi|L}
""")
R("chat", "", """
Mom: the loan from the village fund is approved, 20,000 for the new roof
Son: great, I'll help with the rest. the builder from {Roi Et|L} can start in May?
Mom: yes he said so
""")
R("chat", "", """
{Pim|P}: my boyfriend from {Shanghai|L} is visiting next month!! meeting my parents in {Lampang|L} 😳
{Mint|P}: omg finally, after 2 years long distance 😍
""")
R("chat", "", """
Manager: reminder, all staff submit your passport copies to HR for the company trip to {Vietnam|L} by Friday. Originals stay with you.
{Bee|P}: noted 👍
""")
R("sms", "", """
{Krungthai|O}: Your loan payment of {THB 4,200|M} was received. Remaining balance {THB 86,400|M}. Thank you.
""")
R("sms", "", """
{Kerry Express|O}: We missed you today. We will try to deliver your parcel again tomorrow. No payment is required for re-delivery.
""")
R("sms", "", """
Reminder: your {Thai Airways|O} booking ref {QX7L2P|ID} to {Yangon|L} departs tomorrow at 08:15. Please bring your passport and visa.
""")
R("social_post", "", """
Ice coffee and mango sticky rice at {Chatuchak|L} market, the perfect Sunday ☀️🥭
""")
R("social_post", "", """
Happy to share that I've joined {Binance|O} as a compliance analyst in {Bangkok|L}! Excited to help build a safer crypto industry.
""")
R("social_post", "", """
Our NGO is looking for volunteers to teach English to children at a learning centre in {Mae Sot|L}. Accommodation provided, minimum 3 months. Apply via our website.
""")
R("notice", "", """
{Department of Fisheries|O}: All fishing vessels of 30 gross tonnes and above must report at a Port-In Port-Out centre before leaving and after returning to port. Crew lists will be checked against work permits.
""")
R("notice", "", """
{Office of the Narcotics Control Board|O}: The national drug helpline {1386|PH} offers free, confidential counselling for people who use drugs and their families.
""")
R("notice", "", """
{Royal Thai Consulate-General|O} in {Kunming|L}: Applications for Thai tourist visas are now accepted online. Processing time is 5 working days.
""")
R("email", "", """
Dear Mr {Tanaka|P}, welcome to our {Chiang Mai|L} office! Please bring your passport and degree certificate on your first day so HR can apply for your work permit. The originals will be returned to you the same day. Regards, {Siriporn|P}, HR
""")
R("court", "", """
The {Supreme Court|O} ruled in a land dispute between two families in {Nan|L} province, upholding the lower court's decision that the plot belonged to the plaintiff's late father.
""")
R("police_report", "", """
Two men were arrested for fighting at a karaoke bar in {Nakhon Sawan|L}. One sustained a cut to the head. Both were fined for causing a public disturbance.
""")

# --- batch 12: fill smaller subtypes ------------------------------------------------------------
R("sms", "scam.loan", """
Approved! {Bangkok Bank|O} SME loan {500,000 baht|M}, 0% first 3 months. Transfer {5,000 baht|M} contract stamp fee to start disbursement. Officer LINE: {bbl.sme.loan|H}
""")
R("tipoff", "scam.loan scam.phishing_account", """
Installed a loan app "{QuickCash Thai|O}" from a link in a Facebook ad. It asked permission for my contacts and photos. Loan was never paid out, but now they message my friends and boss saying I am a thief and demand {8,000 baht|M}.
""")
R("chat", "scam.loan", """
CS: Dear, your credit is approved {₫50,000,000|M}. But your bank card number was input wrong so the fund is frozen.
CS: Please deposit {₫5,000,000|M} to unfreeze. After that system will release all.
""")
R("police_report", "smuggling.contraband", """
Team from {Chanthaburi Customs|O} stopped a truck at {Ban Laem|L} checkpoint carrying 8 tonnes of frozen chicken feet and pork offal from {Cambodia|L} with no import permit or health certificate. Driver Mr {Sombat Rakthai|P} said the goods were for a cold storage in {Bangkok|L}.
""")
R("social_post", "smuggling.contraband", """
Wholesale fake Rolex, Nike, Adidas from {Guangzhou|L}, can ship to {Phnom Penh|L} and {Vientiane|L} without customs. Price list on WhatsApp {+86 137 2261 5508|PH}.
""")
R("news", "smuggling.contraband", """
{MANILA|L} – The {Bureau of Customs|O} seized smuggled rice and frozen mackerel worth {₱120 million|M} at the port of {Manila|L}, saying the shipments were misdeclared to evade duties.
""")
R("tipoff", "trafficking.debt_bondage trafficking.document_confiscation", """
Cambodian workers at a fruit orchard in {Chanthaburi|L} must pay the employer back {12,000 baht|M} each for "MOU documents". The employer keeps their passports and pink cards and deducts half of the wage every month. If they want to change employer they must pay everything at once.
""")
R("ngo_report", "trafficking.debt_bondage trafficking.forced_labour", """
Fishers interviewed at the port of {Ranong|L} reported advance payments of {20,000 baht|M} from boat owners that were deducted from their shares at rates they could not check; three men said they had worked for over two years without ever clearing the advance and were told they could not leave the boat.
""")
R("court", "trafficking.debt_bondage trafficking.document_confiscation trafficking.forced_labour", """
The court found that the employer recruited 14 Myanmar workers through an unlicensed broker, charged each of them {15,000 baht|M} in "fees" recovered from wages, kept their identity documents in a locked drawer and threatened to hand them to the police if they asked for their pay.
""")
R("chat", "trafficking.document_confiscation", """
{Thida|P}: sister, the company HR keep all passport of foreign workers, say "for visa". 3 month already not give back
{Aye|P}: you ask for copy?
{Thida|P}: they say if i want passport i must pay {10,000 baht|M} deposit
""")
R("police_report", "trafficking.document_confiscation trafficking.forced_labour", """
During an inspection of a seafood factory in {Songkhla|L}, officers found 63 passports belonging to Myanmar and Cambodian workers in the manager's office safe. Workers said they could not go to the hospital or leave the dormitory without permission.
""")
R("news", "trafficking.sexual_exploitation", """
{PHNOM PENH|L} – Cambodian police rescued 11 women and girls from a karaoke parlour in {Sihanoukville|L}, where they said they had been forced to have sex with customers and were not paid.
""")
R("tipoff", "trafficking.sexual_exploitation trafficking.deceptive_recruitment", """
A Thai woman from {Phitsanulok|L} went to {Oman|L} through an agent for a "spa receptionist" job. Now she tells her mother the boss forces her to provide sex to customers and keeps her in an apartment. Agent phone {+66 87 551 2036|PH}.
""")
R("chat", "trafficking.sexual_exploitation", """
Driver: tonight 4 girl from {Laos|L} new arrive, 16-18, customer hotel {Udon|L} ok
Owner: price {3,000 baht|M} per time, girl get 500. dont let them keep phone
""")
R("news", "trafficking.forced_marriage", """
{YANGON|L} – Rights groups said the conflict in northern {Myanmar|L} had pushed more displaced women into the hands of brokers who sell them as brides across the border in {China|L}, where a gender imbalance has created demand for wives.
""")
R("tipoff", "trafficking.forced_marriage trafficking.child_exploitation", """
Family in {Savannakhet|L} received {20,000,000 kip|M} from a broker who took their 15-year-old daughter to marry a man in {Guangdong|L}. The girl calls crying that she wants to come home. Broker name Mrs {Bounmy|P}, WhatsApp {+856 20 9877 4412|PH}.
""")
R("court", "trafficking.forced_marriage", """
The defendant was sentenced to 10 years for trafficking after the court found she had arranged the "marriages" of three Cambodian women to men in {Fujian|L}, taking {$8,000|M} from each groom's family while telling the women they were going to work in a factory.
""")
R("news", "smuggling.wildlife", """
{NAKHON PHANOM|L} – Police seized 120 live turtles and 40 monitor lizards packed in plastic boxes on a boat about to cross the {Mekong|L} to {Laos|L}, the provincial police said.
""")
R("tipoff", "smuggling.wildlife", """
Shop in {Tachileik|L} market sells tiger teeth, bear gall and ivory amulets to Thai and Chinese tourists. They say they can deliver to {Mae Sai|L} side. Shop near the main gate, owner called "U {Than|P}".
""")
R("police_report", "smuggling.arms", """
Search of a pickup at the Thai-Malaysian border checkpoint in {Sungai Kolok|L} found 6 pistols, 2 shotguns and 900 rounds of ammunition hidden inside the door panels. The driver had no firearm licence and said he was paid {20,000 baht|M} to deliver them.
""")

# --- batch 13: more hard negatives ---------------------------------------------------------------
R("news", "", """
{BANGKOK|L} – Customs officers at {Laem Chabang|L} port launched a new X-ray scanning system that can inspect 200 containers an hour, the {Customs Department|O} said, to speed up legitimate trade.
""")
R("news", "", """
{VIENTIANE|L} – The {Golden Triangle|L} area in {Bokeo|L} province hosted a boat racing festival attended by thousands of visitors from {Laos|L}, {Thailand|L} and {Myanmar|L}.
""")
R("news", "", """
{CHIANG RAI|L} – A Chinese tourist was fined {2,000 baht|M} for flying a drone without a permit over the {White Temple|L}, police said.
""")
R("sms", "", """
{Western Union|O}: Your transfer of {USD 200.00|M} to {HLA HLA|P} in {Yangon|L} is ready for pickup. MTCN {8401 227 563|ID}.
""")
R("chat", "", """
{Mai|P}: the ice in this café is so good lol, they use real coconut water cubes
{Joy|P}: omg I need to try, where?
{Mai|P}: near {Chiang Mai University|O} back gate
""")
R("chat", "", """
Dad: I transferred your tuition fee {45,000 baht|M} to the university account, check the receipt
Daughter: thanks dad ❤️ I'll send you the confirmation
""")
R("social_post", "", """
Went to the elephant sanctuary near {Chiang Mai|L} – no riding, just feeding and bathing them in the river. The mahouts explained how they protect the animals from poachers. 🐘
""")
R("job_ad", "", """
Regional Compliance Officer (AML/KYC) – {Kasikornbank|O}, {Bangkok|L}. Monitor transactions for mule accounts and fraud patterns, work with law enforcement. Degree in law or finance, 3+ years' experience.
""")
R("notice", "", """
{Lao Immigration Department|O}: Tourists entering {Laos|L} at the {Boten|L} international checkpoint can apply for a visa on arrival for {USD 40|M}. Passport must be valid for at least 6 months.
""")
R("email", "", """
Dear Partner, the {Mekong River Commission|O} invites you to the regional workshop on fisheries and water management in {Vientiane|L}, 18-19 October. Please register by 30 September at {events@mrcmekong.org|EM}.
""")
R("court", "", """
The {Administrative Court|O} ordered the cancellation of a construction permit for a hotel in {Krabi|L} after finding that it had been issued without an environmental impact assessment.
""")
R("police_report", "", """
Complainant Ms {Lin Mei|P}, Chinese national, reports loss of wallet containing {RMB 1,200|M}, {THB 3,000|M} and her bank cards at {Chatuchak|L} weekend market. No suspect identified.
""")

# --- batch 14: BTC wallets, mixed cases ----------------------------------------------------------
R("email", "scam.impersonation", """
Subject: FINAL NOTICE – {Cyber Crime Investigation Bureau|O}
Your device was used to access illegal content. A case has been opened under your name. To avoid arrest and publication of your data, pay a settlement of {$1,500|M} in Bitcoin to {bc1quauvt7txunf9zeu2qyrzv0pa5uvwjlq9a369s5|C} within 48 hours. Officer in charge: Pol Maj {Narong Siriwat|P}.
""")
R("tipoff", "scam.investment_crypto scam.romance", """
Woman I met on Instagram ("{Mia Wong|P}", says she is from {Hong Kong|L}) convinced me to buy bitcoin on {Coinbase|O} and send it to a "cold wallet" of the trading platform {ZBX Capital|O}: {1F9kQ3mZr7Wp2Xc5Ty8Nb4Vd6Hs1Lg3Jq|C}. I sent {1.8 BTC|M}. The platform now asks for a {$25,000|M} "unlock fee".
""")
R("police_report", "scam.money_mule trafficking.forced_criminality", """
Seized notebook from the compound in {Shwe Kokko|L} lists bank accounts in {Thailand|L} used to receive victims' money, including {Krungsri|O} {187-1-60352-9|B} and {TTB|O} {224-2-81097-3|B}, and a Bitcoin address {bc1qwjpyxexjcypqddr7ce6yv349n4q68g0xqraltv|C} used to pay "team bonuses". Workers' passports were listed next to their names.
""")
R("news", "smuggling.drugs", """
{BANGKOK|L} – Police said a dark-web drug vendor who sold ketamine and ecstasy for Bitcoin to buyers across {Thailand|L} had been arrested in {Nonthaburi|L}, with {THB 4 million|M} in crypto frozen.
""")
R("social_post", "", """
Started accepting Bitcoin at my coffee shop in {Chiang Mai|L}! Customers can pay via Lightning. Small step for local crypto adoption ☕⚡
""")
R("news", "", """
{SINGAPORE|L} – The price of Bitcoin rose above {$70,000|M} for the first time in months, lifting shares of crypto-related companies listed in the region.
""")
R("sms", "", """
{Binance TH|O}: Your identity verification (KYC) has been approved. You can now deposit THB and trade on our platform.
""")


if __name__ == "__main__":
    main()
