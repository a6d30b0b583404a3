"""Build corpora/samples/en-real.jsonl: second English batch, aimed at real-world genres and implicit wording.

    cd /work/main && .venv/bin/python training/samples_src/en_build2.py

Batch 2 complements ``en_build.py`` (corpora/samples/en.jsonl) with texts shaped like what the
classifier meets in the wild: wire-service news (arrests, raids, rescues, verdicts, policy, NGO/UN
statements, investigative pieces), court and police summaries, SMS / WhatsApp / Telegram messages,
NGO case notes and hotline tip-offs in plain or broken English, social posts and job ads. The crime
is mostly described in ordinary words ("were made to work 18 hours a day and beaten when they asked
for wages") rather than keywords, and about a third of the rows are hard negatives that share
vocabulary with the positives (legal migration, awareness notices, rehab, conservation, customs,
tourism, lost passports, business and sports news).

All texts are original (written for this project), not copied from any corpus, agency or website.
Names, phone numbers, accounts, wallet addresses and case numbers are invented.

Same conventions as ``en_build.py``: ``R(genre, labels, marked_text)``; ``labels`` are
space-separated subtype keys and/or bare families (``""`` = hard negative); entities in
``⟦surface|LABEL⟧`` or the shorthand ``{surface|CODE}`` (P, L, O, PH, EM, U, H, B, C, ID, M).
Ids are assigned in order (en-r0001, …): append new examples at the end to keep ids stable.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# The markup shorthand, the lint and the writer are batch 1's; only the examples differ.
from training.samples_src import en_build  # noqa: E402

EXAMPLES: list[tuple[str, str, str]] = []


def R(genre: str, labels: str, marked: str) -> None:
    EXAMPLES.append((genre, labels, marked.strip("\n")))


def main() -> None:
    en_build.main(EXAMPLES, id_prefix="en-r", filename="en-real.jsonl")


# ---------------------------------------------------------------------------------------------
# Examples
# ---------------------------------------------------------------------------------------------

# --- part 1: a mixed first hundred (all genres, all families, negatives) ----------------------------
R("news", "trafficking.forced_labour trafficking.debt_bondage", """
{SAMUT SAKHON|L}, {Thailand|L} – Fourteen crew members from {Myanmar|L} who spent almost a year on a trawler fishing off {Indonesia|L} were brought ashore on Monday after one of them managed to send a voice message to a cousin, labour officials said. The men told interviewers they hauled nets for up to 20 hours a day, slept on the open deck and were kicked or struck with a metal bar when they asked when they would be paid. Several said the skipper told them they still owed money for their transport and food and could not go home until it was repaid. The boat's owner, a company registered in {Pattani|L}, could not be reached for comment. The {Department of Labour Protection and Welfare|O} said it was calculating the wages owed.
""")
R("news", "trafficking.forced_labour trafficking.document_confiscation", """
{KUALA LUMPUR|L} – A Cambodian woman who cleaned and cooked for a family in {Petaling Jaya|L} for six years without a single day off was taken to a shelter after neighbours heard her crying on a balcony late at night, police said on Wednesday. She told officers that her employer kept her passport in a locked drawer "for safekeeping" and sent only a small part of her salary to her parents in {Kampong Cham|L}. Police said a case had been opened and the employer, a 52-year-old businesswoman, had been released on bail pending further investigation.
""")
R("news", "trafficking.sexual_exploitation trafficking.deceptive_recruitment trafficking.debt_bondage trafficking.child_exploitation", """
{VIENTIANE|L} – Lao police said they had removed 17 young women from two karaoke bars in a special economic zone in {Bokeo|L} province, where they lived in rooms above the bars and were made to sit with customers and go with them for the night. Most of the women, aged between 16 and 23, came from villages in the north and had been told they would be waitresses in a restaurant. Two managers, both foreign nationals, were detained. An official of the {Lao Women's Union|O} said several of the women had been told they owed the bar for clothes, make-up and their bus fare and would not be paid until the sums were cleared.
""")
R("news", "trafficking.forced_marriage trafficking.deceptive_recruitment", """
{HANOI|L} – Police in the northern province of {Lao Cai|L} said on Thursday they had dismantled a group that took young women from mountain villages across the border into {China|L}, where they were handed over to men who had paid the group for a wife. Investigators said the women were first told they were going to work in a shoe factory in {Guangxi|L}. One of them, who came home after three years with a toddler, said she had been locked in a room for weeks after the "wedding" and was not allowed to call her mother. Four suspects were arrested and police said they were looking for a fifth.
""")
R("news", "trafficking.forced_criminality trafficking.debt_bondage trafficking.document_confiscation scam.investment_crypto scam.romance", """
{MAE SOT|L}, {Thailand|L} – Seen from the Thai bank of the river, the buildings opposite look like an ordinary business park: office blocks, a hotel, rows of dormitories behind a tall fence. People who have left describe something else. Four former workers interviewed this month said they were driven across the {Moei River|L} at night, had their phones taken on arrival and were put into teams that spent the day messaging strangers in the {United States|L} and {Europe|L} using photographs of young women, steering each conversation toward a trading app. Those who missed their numbers were made to stand in the sun for hours or went without dinner, they said. A man from {Sri Lanka|L} said he was told he could leave only if his family sent {$5,000|M}.
""")
R("news", "trafficking.child_exploitation", """
{BANGKOK|L} – Social workers took into care five Cambodian children, the youngest aged four, who had been sent out every night to sell garlands and ask tourists for money on a nightlife street until after 2 a.m., officials said on Saturday. Each child was given an amount to bring back by two adults who kept the cash and housed all of them in a single rented room in {Min Buri|L}. The adults, a couple from {Banteay Meanchey|L}, were charged, and the children were staying at a government shelter while their return home was arranged.
""")
R("news", "scam.investment_crypto", """
{SINGAPORE|L} – A retired civil servant lost more than {S$600,000|M}, nearly all his savings, after joining an online chat group that promised share tips, police said on Tuesday. The group's self-described professor persuaded him to move his money into an app that showed his balance rising every week, but when he asked to cash out he was told to pay a "verification fee" first. Police said the app had no link to any licensed broker and that the money had been moved through accounts in four countries within hours of each deposit.
""")
R("news", "scam.phishing_account scam.impersonation", """
{BANGKOK|L} – Police have arrested three men accused of sending thousands of text messages that appeared to come from a mobile network, telling customers their reward points were about to expire. People who tapped the link were asked to install an app that let the gang see their screens and empty their bank accounts, the {Cyber Crime Investigation Bureau|O} said. Investigators found a car fitted with a portable transmitter that could push messages to phones nearby as it drove through busy districts.
""")
R("news", "scam.money_mule", """
{KUALA LUMPUR|L} – Malaysian police detained 46 people, most of them university students, suspected of letting fraud syndicates use their bank accounts in return for payments of {RM 500|M} to {RM 1,000|M} a month. Investigators said money taken from victims of fake investment and parcel schemes passed through the accounts for only a few minutes before being withdrawn in cash or turned into cryptocurrency. Police warned that anyone who hands over their bank card and login details can be charged even if they did not know where the money came from.
""")
R("news", "scam.job_task", """
{MANILA|L} – A call-centre worker in {Quezon City|L} lost {₱380,000|M} after answering a message that offered to pay her for liking videos in her spare time, according to a complaint filed with the {National Bureau of Investigation|O}. She was paid small amounts for the first few days, then told that "premium tasks" required her to put in her own money first. Each time she completed a round she was told she had made an error and needed to deposit more to unlock her earnings.
""")
R("news", "smuggling.drugs", """
{CHIANG RAI|L} – Thai soldiers seized about 1.2 million small pink tablets and 40 kilograms of crystal after a brief exchange of fire with a group of men carrying heavy backpacks through the forest near the border before dawn on Sunday, the army said. The men fled back across the border, leaving behind nine packs. The {Pha Muang Task Force|O} said the haul was the third of its size in the district this month and that patrols had been stepped up along mountain trails used by couriers.
""")
R("news", "smuggling.arms", """
{MAE HONG SON|L} – Police at a checkpoint on the road out of {Pai|L} found 28 rifles, several hundred rounds and a box of grenades hidden beneath sacks of rice in a pickup truck on Thursday night. The driver, a 41-year-old man from {Chiang Mai|L}, told officers he had been paid {20,000 baht|M} to take the load to a village near the border and hand the keys to a man he did not know. Police said they believed the weapons were bound for an armed group on the other side.
""")
R("news", "smuggling.wildlife", """
{HAIPHONG|L}, {Vietnam|L} – Customs officers opening a container of what was declared as sesame seeds from {Nigeria|L} found 2.3 tonnes of pangolin scales and about 450 kilograms of elephant tusks packed in sacks behind the front row of cargo, the {General Department of Vietnam Customs|O} said. The shipment had been routed through two other ports before arriving. Officers said the consignee company had been registered only three months earlier at an address that turned out to be a small noodle shop.
""")
R("news", "smuggling.migrant_smuggling", """
{SONGKHLA|L} – Police found 23 men from {Myanmar|L} squeezed into a hidden compartment under the floor of a refrigerated truck near {Sadao|L} on Saturday, some of them barely conscious from the heat. The men said they had each paid {15,000 baht|M} to be driven from {Ranong|L} to the Malaysian border, where another group was supposed to take them through a rubber plantation to jobs on the other side. The driver was arrested; police said they were searching for the man who collected the fares.
""")
R("news", "smuggling.contraband", """
{NONG KHAI|L} – Customs officers stopped a long-tail boat crossing the {Mekong|L} at night and found 800 cartons of cigarettes with no tax stamps and more than 3,000 vape pens, officials said. The two men on board jumped into the river and swam back toward the Lao bank. The goods, worth an estimated {1.6 million baht|M}, were taken to the {Nong Khai Customs House|O}.
""")
R("news", "trafficking.forced_criminality trafficking.child_exploitation smuggling.drugs", """
{TACHILEIK|L}, {Myanmar|L} – Three teenagers from a hill village told a local aid group they had been taken from their homes by armed men and made to carry bundles across the mountains to the Thai border at night. The boys, aged 15 to 17, said they were threatened that their families would be hurt if they refused and were never told what was inside the packages, which police on the Thai side later identified as heroin.
""")
R("news", "", """
{BANGKOK|L} – Trade across {Thailand|L}'s land borders rose 6.4% in the first nine months of the year to {1.33 trillion baht|M}, the {Department of Foreign Trade|O} said on Monday, with shipments to {Malaysia|L} and {Laos|L} leading the growth. Exports of fuel, sugar and electrical appliances through the checkpoint at {Sadao|L} were especially strong, while trade with {Myanmar|L} fell as fighting near {Myawaddy|L} disrupted traffic on the main highway.
""")
R("news", "", """
{KANCHANABURI|L} – Camera traps in the {Western Forest Complex|L} have recorded at least 179 wild tigers, up from about 40 two decades ago, the {Department of National Parks, Wildlife and Plant Conservation|O} said on Friday. Rangers credited tighter patrols, better-paid staff and the return of deer and wild cattle that the cats feed on. Conservationists said the next challenge was to reconnect forests so that young tigers could move to new territory.
""")
R("news", "", """
{UDON THANI|L} – A district hospital has opened a walk-in clinic for people trying to stop using methamphetamine, offering counselling, medication for withdrawal symptoms and help finding work, health officials said. More than 300 people have registered in the first two months, most of them men in their twenties. Doctors said treating addiction as a health problem rather than a crime had encouraged families to bring relatives in.
""")
R("news", "", """
{VIENTIANE|L} – {Laos|L} and {Thailand|L} agreed on Tuesday to cut the time it takes to send workers legally under their labour agreement, promising that applications would be processed within 30 days and that recruitment fees charged to workers would be capped. Officials said about 280,000 Lao nationals work in {Thailand|L} with valid permits, mainly in construction, farming and restaurants.
""")
R("news", "", """
{CHIANG RAI|L} – Boat tours to the point where the borders of {Thailand|L}, {Laos|L} and {Myanmar|L} meet on the {Mekong|L} have returned to pre-pandemic numbers, the provincial tourism office said, with visitors from {China|L} and {Malaysia|L} filling hotels in {Chiang Saen|L} over the long weekend. Guides said the opium museum and the viewpoint over the {Golden Triangle|L} remained the most popular stops.
""")
R("news", "", """
{PHNOM PENH|L} – {Cambodia|L} beat {Singapore|L} 2-1 in a friendly on Saturday, with striker {Lim Pisoth|P} scoring the winner in the 88th minute at the {Morodok Techo National Stadium|L}. The win lifts confidence ahead of next month's regional championship, coach {Koji Gyotoku|P} told reporters.
""")
R("news", "", """
{LAEM CHABANG|L} – For 27 years, {Suthep Kongkaew|P} has climbed into containers at {Thailand|L}'s busiest port with a torch and a crowbar. The senior customs inspector says the job has changed: X-ray scanners now flag most suspicious loads, and his team spends more time reading shipping papers than opening boxes. "You learn what a normal shipment of frozen fish looks like," he said. "Then one day something weighs too much, and you know." He retires next year and is training two younger officers to take over.
""")
R("court", "trafficking.forced_labour trafficking.debt_bondage", """
The {Songkhla Provincial Court|O} sentenced the owner and the skipper of a fishing vessel to eight and six years in prison respectively after finding that they had kept 11 Cambodian crew at sea for 14 months. The court found that the men were told they owed {35,000 baht|M} each for their recruitment and travel, that no wages were paid while the debt was "being cleared", and that crew who fell ill were refused medical care and threatened with being left on a remote island. The defendants were ordered to pay the workers {2.4 million baht|M} in compensation.
""")
R("court", "trafficking.child_exploitation trafficking.sexual_exploitation", """
Prosecutors allege that the defendant, {Wanida Chomphu|P}, 38, arranged for two girls aged 14 and 15 from her village in {Sisaket|L} to meet tourists at a guesthouse in {Pattaya|L} and kept most of the money the men paid. The girls' aunt reported the matter after one of them came home with bruises. The defendant has denied the charges and the trial continues next month at the {Juvenile and Family Court|O}.
""")
R("court", "scam.money_mule", """
The {Criminal Court|O} sentenced {Phanuwat Saelim|P}, 24, to two years and eight months in prison for opening five bank accounts and selling the passbooks and cards to a man he met online for {3,000 baht|M} each. The court found that the accounts received {9.8 million baht|M} from at least 62 people who had been tricked into transferring money by callers posing as officials. The court rejected his argument that he did not know how the accounts would be used, noting that he had changed the phone numbers linked to them at the buyer's request.
""")
R("court", "smuggling.drugs", """
The {Chiang Mai Provincial Court|O} sentenced a 29-year-old woman to life imprisonment after she was found with 400,000 tablets of methamphetamine packed into two suitcases at a bus terminal. The court heard that she had been promised {50,000 baht|M} to take the bags from {Fang|L} to {Bangkok|L}. Her sentence was reduced from death because she confessed.
""")
R("court", "smuggling.migrant_smuggling", """
A court in {Johor Bahru|L} sentenced two Malaysian men to five years in prison and six strokes of the cane each for bringing 19 undocumented Myanmar nationals across the border in the back of a lorry. Prosecutors said each passenger paid {RM 2,500|M} for the trip from southern {Thailand|L} and was told to lie flat under a tarpaulin. The men pleaded guilty.
""")
R("court", "", """
The {Central Labour Court|O} ordered a garment factory in {Samut Prakan|L} to pay 212 former workers {18.6 million baht|M} in severance after it closed without notice last year. The court found that the company had given the required 30 days' notice to neither the workers nor the labour authorities. The company's lawyer said it would appeal.
""")
R("police_report", "trafficking.forced_labour trafficking.document_confiscation", """
Report ref. {NKP-2025-0341|ID}. On 12 Aug officers inspected a sugarcane farm in {Nakhon Phanom|L} province after a tip from a passing truck driver. Found 9 Lao nationals (6 male, 3 female) living in a tin shed without water. Workers stated they cut cane from 4 a.m. until dark, were paid only food, and were told they would be handed to immigration if they complained. Their ID cards were held by the farm foreman, {Mr Somjit Phonsri|P}, who was taken in for questioning. Victims transferred to shelter in {Nakhon Phanom|L}.
""")
R("police_report", "scam.romance", """
Complainant, Thai female, 47, divorced, states that since March she has been in contact on a dating app with a man calling himself "Captain {Richard Moore|P}", who said he was a {US Army|O} doctor serving abroad. He proposed marriage and asked her to pay shipping and clearance costs for a box of personal belongings to be sent to her house. Between 4 April and 22 June she transferred {1,270,000 baht|M} in 11 payments to accounts in the names of third persons. No box was delivered and the man has stopped replying.
""")
R("police_report", "smuggling.wildlife", """
At 07:40 officers of the {Tourist Police|O} at {Suvarnabhumi|L} airport, acting on an X-ray alert, inspected two suitcases belonging to an Indian male passenger departing for {Chennai|L}. Found: 87 live turtles and tortoises wrapped in socks and tape, 2 live otters in a basket with air holes. Passenger stated he was asked by a man in a market to carry the bags for a fee. Animals handed to {Department of National Parks|O} officers.
""")
R("police_report", "", """
At 14:20 Ms {Hannah Berg|P}, German national, 31, reported that she lost her passport (no. {C7HJ42LM1|ID}) between the taxi rank and the departure hall at {Don Mueang|L} airport. No suspicion of theft. A loss report was issued so that she can apply for an emergency travel document at the {German Embassy|O} in {Bangkok|L}. She missed her flight to {Krabi|L}.
""")
R("sms", "scam.impersonation scam.phishing_account", """
{Thailand Post|O}: Parcel {EF582771034TH|ID} could not be delivered because the address is incomplete. Update your details and pay {12 baht|M} redelivery fee within 24h: {thpost-redeliver.top|U}
""")
R("sms", "scam.phishing_account", """
CONGRATS! Your number was drawn in the Anniversary Lucky Draw and you have won an iPhone 16 + {20,000 baht|M} cash. Claim before midnight at {lucky-prize88.vip/claim|U} – enter your card details for the {99 baht|M} shipping.
""")
R("sms", "scam.impersonation scam.phishing_account", """
[{KBank|O}] An unusual login to your account was detected from a new device. If this was not you, secure your account now: {k-secure-verify.co|U} or your account will be suspended today.
""")
R("chat", "scam.investment_crypto", """
Hi, sorry to bother, I think I added wrong number 😅 I was looking for Mr {Tan|P} the dentist. Anyway nice to meet you! I'm {Vivian|P}, I do some trading on the side, just made a good profit today on gold futures, want me to show you how? Just a small start, {200 USDT|M} is enough
""")
R("chat", "trafficking.deceptive_recruitment", """
Recruiter: hi dear, u still looking for job? my boss company in {Cambodia|L} need girls for hotel reception, salary {900 dollar|M}, room free
Recruiter: no need passport now, we go by car with my friend, he know the way, no checkpoint problem
Recruiter: dont tell ur family first, after 1 month u send money they will be happy surprise
""")
R("chat", "smuggling.migrant_smuggling", """
Driver: 6 people ready?
Broker: yes. meet at the temple after 11pm, they have {4,000|M} each already paid
Driver: tell them no bags, only small. and phones off in the car
Broker: ok. after river my cousin take them to the bus for {Bangkok|L}
""")
R("chat", "trafficking.forced_criminality trafficking.document_confiscation", """
sis pls dont tell mum yet. the job is not what they said. they keep my passport in office and we can not go out the gate. every day i have to send messages to people on facebook pretend to be rich lady. my phone they check at night. i am ok dont worry but pls find someone who can help
""")
R("chat", "", """
{Nok|P}: did you get the passport photos done?
{Ben|P}: yes, the shop near {MBK|L} did it in 10 min, {200 baht|M}
{Nok|P}: great, embassy appointment is thursday 9am, bring the bank statement too
""")
R("chat", "", """
Mum: The parcel from auntie arrived, she sent dried fish and the sweets you like
{Ploy|P}: yay!! keep some for me, I'm back on Friday by the night bus
Mum: Ok. text me when you leave {Bangkok|L}
""")
R("sms", "", """
Your {Grab|O} ride is arriving. Driver {Somchai|P}, silver Toyota Vios, plate {2กข 4417|ID}. Share your trip with friends for safety.
""")
R("tipoff", "trafficking.forced_labour trafficking.document_confiscation trafficking.debt_bondage", """
hello i want report my husband he work at pig farm in {Ratchaburi|L} 8 month. boss say he have debt for visa and room so salary all cut. he work every day no holiday, when he sick boss still shout and push him. boss keep his pink card and passport, he cannot go anywhere. i am in {Myanmar|L} with 2 kids we dont have money. please can someone go there. his name {Kyaw Zin Oo|P} phone {+66 95 210 8843|PH}
""")
R("tipoff", "trafficking.forced_marriage", """
My cousin sister {Sreymom|P} is 17. A woman from our village took her to {China|L} in May saying she will work in a restaurant and send money home. Now she calls and cries, she says she was given to a man in a farm house and his mother watches her all day. She does not know the name of the town. We already paid nothing and got nothing. Please tell me who can help her come home.
""")
R("tipoff", "scam.investment_crypto scam.romance", """
I need to report a website, my father (68) was talking to a lady on Facebook for 4 months, she said she lives in {Taipei|L} and loves him. She told him to open account on {www.apexgoldtrade.net|U} and now he has put almost all his pension, around {2.1 million baht|M}. When he tries to take the money out they say he must pay tax 30% first. He still believes her. What can we do?
""")
R("tipoff", "smuggling.drugs", """
Anonymous caller reports that every Tuesday and Friday around 3 a.m. a grey pickup with no plates stops at the end of the dirt road behind {Ban Pa Sak|L} school and two men load plastic-wrapped bundles from a motorbike coming down from the hills. Caller's son was offered {10,000 baht|M} to ride the motorbike once. Caller asks not to be identified.
""")
R("ngo_report", "trafficking.forced_criminality trafficking.deceptive_recruitment scam.investment_crypto", """
Case note – intake 14/03. Client M., male, 27, Ugandan national, referred by embassy. Answered online ad for "IT sales in {Bangkok|L}"; flown to {Bangkok|L}, collected at airport and driven overnight, boat across a river. Held approx. 5 months in a gated site. Given a phone with 20 accounts and told to befriend men in {Canada|L} and the {United States|L} and persuade them to deposit into a "platform". Reports being hit with a stick and made to do squats for hours after missing targets. Released after a raid; has panic attacks at night. Plan: shelter, medical, legal statement, family contact.
""")
R("ngo_report", "trafficking.forced_labour", """
Outreach visit, construction site, {Bang Na|L}. Spoke with 6 Cambodian workers. They report working 7 days a week, 11–12 hours, living in the unfinished basement. The sub-contractor pays "when the project is finished"; nobody has been paid for 3 months. One man said the sub-contractor showed a knife when he asked for his money. Workers afraid to leave because they would lose all unpaid wages. Follow-up: referral to labour inspection, legal aid.
""")
R("ngo_report", "", """
Case note – walk-in, 09/05. Client, female, 34, Lao, works legally as a housekeeper in {Nonthaburi|L} with a valid work permit and contract. Came to ask how to renew her permit and whether she can change employer. Employer pays on time, she keeps her own passport. Explained the renewal steps and gave her the {Department of Employment|O} hotline. No protection concerns.
""")
R("social_post", "scam.job_task", """
Anyone else get this? A "HR" on WhatsApp offered me {1,500 baht|M} a day to rate hotels on a website. First 3 tasks paid {150 baht|M} each, then it said I got a "combination order" and had to top up {8,000|M} to continue. I sent it, then they wanted {25,000|M} more. Lost {8,000 baht|M} already, so stupid 😭 don't fall for it
""")
R("social_post", "trafficking.deceptive_recruitment trafficking.forced_criminality", """
My friend from {Nairobi|L} went to {Thailand|L} for a "customer support" job in June. He now texts us only at 2am, says the company moved him to another country, he works 17 hours and they won't let him go until he "pays back the ticket". Please if you know any organisation that helps people in this situation, DM me. I don't want to say more publicly.
""")
R("social_post", "", """
PSA from your friendly neighbourhood IT guy: no bank will ever ask you for your OTP by phone or chat. If someone calls "from the bank" asking for the 6-digit code, hang up and call the number on the back of your card. Share with your parents 🙏
""")
R("social_post", "", """
We are so happy to announce the wedding of {Nattaya|P} & {James|P} 💍 Ceremony at {Wat Phra That Doi Suthep|L} on 14 February, reception at the {Shangri-La Chiang Mai|L}. Thank you to our families in {Lampang|L} and {Manchester|L} for all the love!
""")
R("social_post", "", """
Just got back from a 3-day trip to the {Golden Triangle|L} 🌄 Took a longtail boat to the Lao market on {Don Sao|L} island, tried snake wine (nope 😂) and watched the sunset over three countries. Highly recommend {Chiang Saen|L} for a quiet weekend.
""")
R("job_ad", "", """
NOW HIRING – Hotel Housekeeping Staff (10 positions), {Phuket|L}. Thai and foreign workers with valid work permit welcome. Salary {12,500 baht|M}/month + service charge, social security, 6 days/week, 8 hours/day, overtime paid. No recruitment fee. Apply in person at HR office, {Kata Palm Resort|O}, or email {hr@katapalm.co.th|EM}.
""")
R("job_ad", "trafficking.deceptive_recruitment", """
🔥 Work abroad – easy money 🔥 Office staff for game company in {Sihanoukville|L}, typing and chatting with customers. Salary {$1,500|M}+, bonus, free food and dormitory. No experience, no degree, just phone and basic English. We pay flight & visa, you pay back from salary. Serious only, DM now, leaving next week!
""")
R("job_ad", "", """
Legal MOU recruitment: {Myanmar|L} workers for poultry processing plant, {Lopburi|L}. Employer pays recruitment and visa costs under the government-to-government agreement. Wage per Thai minimum wage, accommodation provided, contract in Burmese and Thai. Licensed agency {Golden Bridge Manpower Co., Ltd.|O}, licence no. {0156/2566|ID}.
""")
R("news", "trafficking.forced_criminality scam", """
{PHNOM PENH|L} – Cambodian authorities said on Monday they had found 312 foreigners inside a walled compound in {Kampot|L} province during a raid prompted by a message from a Chinese man who said he was being kept there against his will. Police said some of those inside told officers they had been sold between companies and beaten when they refused to contact people online to ask for money, while others appeared to have come willingly. All were taken for questioning.
""")
R("news", "scam.impersonation", """
{TAIPEI|L} – A woman in her seventies handed {NT$4 million|M} in cash to a courier at her front door after a caller who said he was a prosecutor told her that her bank account had been used by a drug gang and must be "frozen", police said. The courier was arrested two days later at a train station. Police said the money had already been passed on.
""")
R("news", "smuggling.drugs", """
{YANGON|L} – Police in {Myanmar|L}'s {Shan State|L} said they had found a makeshift factory in a bamboo hut on a hillside near {Lashio|L}, along with drums of chemicals, pill-pressing machines and 2.7 million finished tablets. Nobody was at the site when officers arrived. The {United Nations Office on Drugs and Crime|O} said last month that production in the region had reached record levels.
""")
R("news", "smuggling.contraband", """
{HANOI|L} – Vietnamese border guards in {Lang Son|L} province stopped a group of porters carrying 2,400 kilograms of frozen chicken feet and beef offal across a forest trail from {China|L} at night, the border guard command said. The goods had no quarantine papers and were being taken to a cold store in the city to be sold to restaurants.
""")
R("court", "smuggling.arms", """
The {Narathiwat Provincial Court|O} found two men guilty of possessing and transporting military-grade firearms without a licence after police found six pistols, two rifles and 1,200 rounds in the spare-tyre well of their car near the {Sungai Kolok|L} crossing. The court sentenced each man to seven years in prison and ordered the weapons confiscated.
""")
R("court", "smuggling.wildlife", """
A court in {Ho Chi Minh City|L} sentenced a 44-year-old trader to 11 years in prison for buying and storing rhinoceros horn and tiger bones that he planned to sell to customers who believed they had medicinal value. Prosecutors said he had bought the goods from a courier who brought them overland from {Laos|L}.
""")
R("police_report", "smuggling.migrant_smuggling", """
Patrol stopped a white van at 23:10 on {Highway 4|L}, {Chumphon|L}. 14 passengers (Myanmar nationals, 10 male, 4 female) without passports or permits. Driver, Thai male {Kittisak Boonma|P}, 33, stated he was paid {2,000 baht|M} per head to carry them from {Kawthaung|L} crossing area to {Surat Thani|L}. Passengers stated each had paid an agent {12,000 baht|M} in {Myanmar|L}. Driver charged; passengers handed to immigration.
""")
R("police_report", "scam.loan", """
Complainant, male, 29, motorcycle taxi rider, states he saw a Facebook advert for fast loans without guarantor. He applied via LINE for {50,000 baht|M}; the "officer" asked for {2,500 baht|M} insurance, then {4,000 baht|M} "account unlock fee" because he had typed his account number wrongly. Total paid {11,500 baht|M}. No loan received.
""")
R("police_report", "", """
At 21:45 a pickup truck loaded with durian overturned on the road from {Chanthaburi|L} to the {Ban Laem|L} checkpoint. Driver, Cambodian national with valid border pass, suffered minor injuries. The truck was on its way to export the fruit legally to {Cambodia|L}. No other vehicles involved.
""")
R("sms", "scam.money_mule", """
Part-time job for students 💰 Rent your unused bank account to our company for {5,000 baht|M}/month. Only need ATM card + mobile banking. 100% safe, company use for receive customer payment. Add LINE: {@easyincome55|H}
""")
R("sms", "scam.loan", """
Approved! Your loan of {RM 30,000|M} is ready. Low interest 0.8%, no CTOS check. To release funds pay processing fee {RM 450|M} to {Public Bank|O} {3198 4420 1127|B}. WhatsApp agent {Ms Lee|P} {+60 11-2841 5530|PH}
""")
R("sms", "", """
Your OTP for {Bangkok Bank|O} Mobile Banking is 482193. Do not share this code with anyone, including bank staff. Ref: TRX5521.
""")
R("sms", "", """
Dear customer, your {AIS|O} bill of {599 baht|M} is due on 25/11. Pay via the myAIS app or at any counter service. Thank you.
""")
R("sms", "trafficking.deceptive_recruitment", """
Sister I found job for you in {Malaysia|L} restaurant, {1,800 ringgit|M}. Agent take care all, you only bring ID card, passport they make later. Car leave from {Hat Yai|L} Saturday night. Tell me quick, only 2 place left
""")
R("chat", "smuggling.wildlife", """
Seller: 3 pcs small, 1 big. big one 2.1 kg whole, real, from {Laos|L}. can video call show you
Buyer: price?
Seller: big {$28,000|M}, small {$9,000|M} each. we send to {Hanoi|L} hidden in car parts, no problem
Buyer: ok send video tomorrow
""")
R("chat", "smuggling.contraband", """
A: 50 boxes marlboro + 20 box ESSE ok tomorrow?
B: ok. same price as last time, cash. truck come via the small road not the checkpoint
A: if customs stop?
B: they won't, my guy on shift till 6
""")
R("chat", "", """
{Khun Dao|P}: The customs broker says our container of coconut milk cleared at {Laem Chabang|L} this morning. All duties paid.
{Mark|P}: Great, please forward the clearance papers to the buyer in {Rotterdam|L}.
""")
R("tipoff", "scam.impersonation", """
Someone called my grandma saying he is police from {Bangkok|L}, says her name is in a drugs case and she has to send money to prove she is innocent. He kept her on the phone for 3 hours and told her not to tell anyone. She transferred {260,000 baht|M}. Number that called: {02-119-6032|PH}. Please stop them doing this to old people
""")
R("ngo_report", "trafficking.sexual_exploitation trafficking.debt_bondage", """
Hotline call, 02:15. Caller (female, Vietnamese, approx. 20) speaking in whisper. Says she came to {Malaysia|L} for work in a spa, but the "boss" makes the girls go with customers. She owes {RM 15,000|M} for her ticket and they say she must work until it is paid. Passport is with the boss. She doesn't know the street name, can see a big shopping mall with a red sign. Call disconnected after 4 minutes. Number traced to {Johor Bahru|L}, information passed to partner NGO and police.
""")
R("ngo_report", "", """
Monthly summary, {Mae Sai|L} drop-in centre: 41 clients assisted. Services: 23 help with border pass renewal, 9 school enrolment for migrant children, 6 health check referrals, 3 lost-document reports. No trafficking indicators identified this month. Staff attended training on new work-permit rules.
""")
R("social_post", "scam.romance", """
Guys be careful. "{Sophia|P}" on a dating app, pretty Korean girl, chatted to me every morning for 2 months. Then her mother was in hospital and she needed {$3,000|M} urgently, promised to pay back when she visits {Bangkok|L}. I sent it. Then "customs" held her flight. Same photos are now on 4 other profiles. I feel like an idiot.
""")
R("social_post", "", """
Our team just finished a week of ranger training with the {Freeland Foundation|O} in {Khao Yai|L}! 🐘🌿 Learned new ways to track elephant herds and record sightings. Proud of our local volunteers.
""")
R("job_ad", "", """
Seasonal fruit pickers wanted in {Australia|L} – official {Pacific|L} & {ASEAN|O} seasonal scheme. Fair Work award rates, accommodation deducted transparently, return flight provided. NO fees to workers. Apply only through the government-approved agency. Information session at {Khon Kaen|L} provincial employment office, 3 March.
""")
R("job_ad", "trafficking.deceptive_recruitment trafficking.sexual_exploitation", """
Looking for pretty girls 18-25 to work as "drink hostess" in {Tokyo|L} club. {$5,000|M}/month guaranteed, we pay everything upfront – passport, ticket, apartment. No Japanese needed. Send 3 photos (full body) to LINE {@tokyo_nightjob|H}. Contract 1 year, no leaving early.
""")
R("news", "trafficking.forced_labour trafficking.document_confiscation", """
{TAIPEI|L} – Taiwan's labour ministry fined a broker and suspended the licence of a seafood company after an inspection found that 31 Indonesian and Filipino workers at its processing plant had handed their passports and bank cards to a supervisor and had not been allowed to leave the dormitory on their days off. Workers told inspectors they worked 14-hour shifts cleaning squid and that money for "loans" was taken from their pay every month.
""")
R("news", "smuggling.migrant_smuggling", """
{SATUN|L} – A wooden boat carrying 71 people from {Myanmar|L}'s {Rakhine|L} state, including 20 children, was found drifting off the {Tarutao|L} islands on Monday after its engine failed, the navy said. Passengers told officials they had paid men in {Bangladesh|L} to take them to {Malaysia|L} and had been at sea for 12 days. Two had died during the voyage.
""")
R("news", "", """
{BANGKOK|L} – The {Bank of Thailand|O} said on Wednesday that 95% of mobile banking users had completed the face scan now required before transfers of more than {50,000 baht|M}, and that the checks would be extended to e-wallets next year. The central bank said waiting times at branches had returned to normal after a rush of customers in March.
""")
R("news", "", """
{GENEVA|L} – The {International Labour Organization|O} released new guidance for governments on ensuring that migrant workers do not pay for their own recruitment, saying that employers should bear the cost of visas, medical checks and travel. The organisation said the guidance drew on pilot schemes in {Thailand|L}, {Malaysia|L} and {Cambodia|L}.
""")
R("court", "trafficking.deceptive_recruitment trafficking.forced_criminality scam.investment_crypto", """
The court found that the defendant, {Chen Haoyu|P}, ran a recruitment office in {Sihanoukville|L} that placed job advertisements for "marketing staff" in four countries, collected new arrivals at the airport and delivered them to a company that confined them and made them solicit investments from strangers on messaging apps. He was sentenced to 15 years' imprisonment. Two co-defendants who worked as drivers received five years each.
""")
R("police_report", "trafficking.child_exploitation trafficking.forced_labour", """
Following a complaint from a teacher, officers visited a home-based garment workshop in {Bang Bon|L} district. Found 4 Myanmar children aged 11-14 sewing labels, who stated they had not attended school, worked from 7 a.m. to 10 p.m., and were fed once a day. The workshop owner, a Thai female aged 55, said the children were "relatives helping out". Children placed in the care of {Ban Phumvet|O} shelter; case opened.
""")
R("sms", "smuggling.drugs", """
bro tonite 10 bag ready. same place the durian stall. money give to my sister not me. dont use this number after, throw sim
""")
R("chat", "trafficking.forced_criminality", """
[03:12] im ok but cannot talk. they take our phone 11pm give back 9am
[03:12] if we dont get customer deposit they make us run around the building 50 rounds
[03:13] last week 2 man jump from 4th floor. pls dont post anything they will know its me
""")
R("sms", "", """
Hi Aunty, it's {Tom|P}. Landed in {Vientiane|L} safely, the border queue at the bridge took 40 min. Will call you from the hotel tonight.
""")
R("tipoff", "smuggling.wildlife", """
Restaurant on the road to {Nakhon Nayok|L} (near the big petrol station) is selling pangolin and wild boar meat to special customers, you must ask for the "forest menu". My friend saw 2 pangolins alive in a cage in the kitchen yesterday. Please check.
""")
R("tipoff", "smuggling.arms", """
There is a man in {Mae Sot|L} selling guns to people from across the river. He keeps them in the roof of a shop near the market, the one with green shutters. My neighbour bought a pistol for {18,000 baht|M} and he says they can get bigger ones if you order a week before. I am scared to give my name.
""")
R("ngo_report", "smuggling.migrant_smuggling", """
Field note, {Mae Sot|L}. Interviewed family of 5 from {Karen State|L} who arrived 2 days ago. They paid a guide {30,000 baht|M} to bring them across the river and hide them in a house until a car took them to a farm. The guide took their money and left them at the farm gate; farm owner refused to hire them. No signs of coercion. Referred to health post; explained options for registration.
""")
R("social_post", "smuggling.contraband", """
Selling authentic brand bags 🔥 LV / Gucci / Dior – grade AAA mirror copy, shipped direct from {Guangzhou|L}, customs-safe packaging 😉 Cash on delivery anywhere in {Thailand|L}. Inbox for catalogue
""")
R("social_post", "", """
My passport expired during my stay and I was so stressed, but the {Philippine Embassy|O} in {Bangkok|L} issued a new one in 5 working days. Bring your old passport, birth certificate and {$60|M}. Staff were so kind 🙏
""")
R("job_ad", "scam.job_task", """
WORK FROM HOME 📱 Earn {3,000-8,000 baht|M}/day just liking products on {Shopee|O} and {Lazada|O}. No experience, 10 min a day! Registration deposit only {300 baht|M}, refunded after first task. Contact recruiter on Telegram {@shopee_task_th|H}
""")
R("job_ad", "", """
{UNODC|O} Regional Office for {Southeast Asia|L} and the {Pacific|L} is recruiting a National Project Officer (Border Management), {Bangkok|L}. Duties: support training for border liaison offices, analyse trends in drug and precursor trafficking, coordinate with customs and police. Apply via the {UN|O} careers portal by 15 January.
""")
R("news", "scam.investment_crypto scam.money_mule", """
{WASHINGTON|L} – U.S. prosecutors charged two men with laundering more than {$73 million|M} taken from people who were persuaded by online acquaintances to buy cryptocurrency on fake platforms. The indictment says the men set up shell companies and bank accounts in {California|L} to receive victims' wire transfers, which were then converted to stablecoins and sent to wallets controlled by associates abroad.
""")
R("news", "trafficking.forced_criminality scam.investment_crypto", """
{JAKARTA|L} – Indonesia's foreign ministry said 84 of its citizens who had been held in a compound in {Myanmar|L} and made to run online investment schemes had been flown home on Thursday. Some of them told reporters at the airport they had been given electric shocks when they failed to bring in money, and that the company had demanded payments from their families before releasing them.
""")
R("court", "", """
The {Supreme Court|O} upheld a ruling ordering a cryptocurrency exchange to compensate a customer {1.2 million baht|M} after a system outage prevented him from closing a position during a market crash. The court said the exchange's terms of service could not exclude liability for its own technical failures.
""")
R("police_report", "smuggling.drugs", """
At 05:30 officers stopped a tour bus from {Chiang Rai|L} to {Bangkok|L} at the {Phayao|L} checkpoint. A sniffer dog reacted to a backpack in the overhead rack. Found: 6 vacuum-sealed packs of crystal substance, approx. 6 kg. Passenger seated below, a Thai female aged 23, said a man paid her {8,000 baht|M} to bring the bag to a friend at the {Mo Chit|L} bus terminal. Suspect detained.
""")

# --- part 2: news (wire style) ---------------------------------------------------------------------
R("news", "trafficking.forced_labour trafficking.child_exploitation", """
{BANGKOK|L} – Police and social workers removed 12 people from a rented townhouse in {Bangkok|L}'s {Huai Khwang|L} district on Thursday, including four men with physical disabilities and three children, who they said had been driven each morning to busy footbridges and left there to ask passers-by for money. A man and a woman from across the border who collected the takings at night were arrested. Officials said the group had been brought to the capital with promises of free medical treatment.
""")
R("news", "trafficking.forced_labour trafficking.debt_bondage", """
{WASHINGTON|L} – U.S. customs authorities on Wednesday barred imports from a Malaysian maker of rubber gloves, saying they had found evidence that migrant workers at its plants had paid large fees to recruiters at home and were then made to work excessive overtime to pay off the loans. The company said it had already begun repaying recruitment fees to about 9,000 workers and would ask for the order to be lifted.
""")
R("news", "trafficking.forced_labour", """
{BANGKOK|L} – {Thailand|L} will require owners of fishing boats to pay crews through bank accounts rather than in cash from next year, the fisheries department said, a rule introduced after several inspections found crew members who had gone months without wages or whose pay had been held by skippers until the end of a voyage that could last more than a year. Boat owners' associations said the change would add costs for small operators.
""")
R("news", "trafficking.forced_marriage trafficking.child_exploitation", """
{KUALA LUMPUR|L} – A Malaysian charity said it had helped three Rohingya girls aged 14 and 15 leave homes where they had been placed as wives of older men who paid their families' passage from the camps in {Bangladesh|L}. "The girls were told this was the only way the debt for the boat could be settled," a caseworker said. Police said they were investigating.
""")
R("news", "trafficking.forced_criminality trafficking.deceptive_recruitment scam", """
{BANGKOK|L} – The {United Nations Office on Drugs and Crime|O} said on Monday that hundreds of thousands of people may be held in compounds across {Southeast Asia|L} where they are forced to cheat strangers online, and warned that the groups running them were moving into new countries as pressure mounted along the Thai-Myanmar border. The report said many of those inside had answered online job advertisements and only discovered on arrival that they would not be allowed to leave.
""")
R("news", "trafficking.deceptive_recruitment trafficking.document_confiscation trafficking.forced_labour", """
{NAKHON PHANOM|L} – Eleven Vietnamese men who had been promised jobs on a durian plantation in northern {Thailand|L} were found working in a cassava-processing yard in a village near the {Mekong|L}, where they said the owner kept their passports and paid them nothing for four months. Police said the men had crossed legally through {Laos|L} and were recruited by a compatriot who took a fee of {$1,200|M} from each of them. They were being interviewed at a shelter in {Nakhon Phanom|L}.
""")
R("news", "trafficking.sexual_exploitation trafficking.deceptive_recruitment", """
{MANILA|L} – Philippine immigration officers stopped four young women at {Clark|L} airport who said they were flying to {Kuala Lumpur|L} for a holiday, but later admitted that a man on social media had paid their tickets and promised them work as "entertainers". Messages on their phones showed the man telling them they would need to "be nice to customers" to pay back the fare. The case was referred to the inter-agency council against trafficking.
""")
R("news", "trafficking.forced_criminality trafficking.document_confiscation scam.job_task", """
{NEW DELHI|L} – {India|L}'s foreign ministry said 47 Indian nationals had been brought back from {Laos|L} after telling the embassy that they had been held by a company in the special economic zone near the Thai border, where their passports were kept and they were told to draw people in {India|L} into paid "tasks" that required deposits. The ministry urged citizens to check employers with the embassy before accepting overseas jobs offered on social media.
""")
R("news", "scam.impersonation", """
{HONG KONG|L} – An employee at the local office of a multinational company transferred {HK$200 million|M} after joining a video call in which every other participant, including a person who looked and sounded like the firm's chief financial officer, turned out to have been generated by software, police said. The employee had first received a message asking for a confidential transaction and was reassured by the call.
""")
R("news", "scam.phishing_account", """
{PHNOM PENH|L} – Cambodian police raided a house in {Phnom Penh|L} where they found racks holding more than 2,000 SIM cards connected to computers, which they said were used to send mass text messages with links to fake bank login pages. Seven people were arrested. Police said the equipment could send tens of thousands of messages an hour to numbers in neighbouring countries.
""")
R("news", "scam.loan", """
{JAKARTA|L} – Indonesia's financial regulator said it had shut down more than 500 unlicensed lending apps this year after complaints from borrowers who were charged fees before receiving any money or who received far less than they applied for. Some apps sent threatening messages to everyone in a borrower's phone contacts when repayments were late, the regulator said.
""")
R("news", "scam.romance scam.investment_crypto", """
{HONG KONG|L} – Police said they had arrested 27 people who ran an operation from an industrial building in which university graduates posed as attractive women online, using software to alter their faces in video calls. After weeks of conversation, targets in {Hong Kong|L}, {Singapore|L} and {India|L} were encouraged to put money into a cryptocurrency platform that the group controlled. Losses totalled about {HK$360 million|M}.
""")
R("news", "scam", """
{BANGKOK|L} – {Thailand|L}'s digital economy ministry said it had blocked 14,000 websites and asked telecom companies to cut off 1.2 million phone numbers linked to fraud over the past year, as losses from online cheating rose to more than {60 billion baht|M}. Officials said most of the calls and messages came from groups based in neighbouring countries.
""")
R("news", "scam.investment_crypto", """
{SEOUL|L} – South Korean police have asked Thai authorities to help track down a man they accuse of running a fake trading app that took {50 billion won|M} from more than 3,000 people, mostly retirees. Investors were shown rising balances on their screens but were told their accounts had been frozen when they tried to withdraw.
""")
R("news", "smuggling.drugs", """
{KUALA LUMPUR|L} – Airport customs officers found 18 kilograms of white powder hidden in the lining of two suitcases belonging to a passenger who had flown in from {Bangkok|L}, officials said, adding that tests showed it was ketamine. The passenger, a 30-year-old woman, told officers she had been given the bags by a man she met online who promised her a free holiday.
""")
R("news", "smuggling.drugs", """
{VIENTIANE|L} – Lao police stopped a truck carrying what was declared as 20 tonnes of dried cassava near the Thai border and found 1.4 tonnes of crystal methamphetamine packed in tea bags hidden among the sacks, state media reported. The driver and two passengers were detained. Officials said it was one of the largest seizures in the country this year.
""")
R("news", "smuggling.arms", """
{MAE SOT|L} – Thai police said on Friday they had seized 51,000 rounds of ammunition and 30 rifle scopes from a warehouse near the {Moei River|L}, believed to be awaiting shipment across the border. The goods had been bought from licensed gun shops in {Bangkok|L} using the names of several people who said they had never made the purchases.
""")
R("news", "smuggling.arms", """
{BANGKOK|L} – Police arrested a man who sold gun parts online and shipped them disguised as car accessories to buyers in {Malaysia|L} and {Myanmar|L}, the {Central Investigation Bureau|O} said. Investigators found 3D printers and dozens of unfinished pistol frames at his home in {Pathum Thani|L}.
""")
R("news", "smuggling.wildlife", """
{NAKHON PHANOM|L} – Police stopped a car near the {Mekong|L} bridge and found two tiger cubs, about two months old, sedated and hidden in a plastic basket in the boot, officials said. The driver told police he had been hired to take the animals to a buyer across the river in {Laos|L}. The cubs were taken to a wildlife rescue centre.
""")
R("news", "smuggling.wildlife", """
{UBON RATCHATHANI|L} – Forest rangers intercepted a group of men carrying freshly cut rosewood logs on their shoulders along a jungle path toward the Cambodian border on Tuesday, seizing 32 logs worth an estimated {2 million baht|M}. The men dropped the wood and ran. Officials said the trees had been felled inside a national park.
""")
R("news", "smuggling.migrant_smuggling", """
{HANOI|L} – Vietnamese police said they had broken up a network that charged people up to {$15,000|M} each to travel to {Europe|L} through {Russia|L} and hidden in trucks, and arrested nine suspects in {Nghe An|L} and {Ha Tinh|L} provinces. Police said the group used tourist visas and forged documents for the first legs of the journey.
""")
R("news", "smuggling.contraband", """
{CHUMPHON|L} – The Thai navy detained a small tanker in the {Gulf of Thailand|L} that was carrying 150,000 litres of diesel bought at sea from a foreign vessel to avoid import duties, officials said. The crew of six were handed to customs. Authorities said such fuel is usually sold to fishing boats and petrol stations along the coast.
""")
R("news", "smuggling.contraband", """
{BANGKOK|L} – Customs officials said they had uncovered 161 containers of pork declared as frozen fish and other goods at the port, in a case that has fuelled complaints from pig farmers about cheap imports undercutting local prices. Investigators are examining which companies imported the meat and whether any officials helped clear the containers.
""")
R("news", "smuggling.migrant_smuggling trafficking.debt_bondage trafficking.forced_labour", """
{KUALA LUMPUR|L} – Police rescued 28 Myanmar men from a house in {Kedah|L} who said they had paid smugglers to take them across the Thai border, only to be kept locked in a room until relatives sent more money. Those whose families could not pay were taken each day to work on a palm oil estate and told their wages would go toward what they owed. Three Malaysians and a Myanmar national were arrested.
""")
R("news", "trafficking.forced_criminality scam smuggling.arms", """
{MYAWADDY|L}, {Myanmar|L} – An armed group that controls the area said its fighters had searched five buildings used by online fraud operations and found more than 40 guns, stun batons and handcuffs, along with hundreds of computers. Foreign workers found inside told the group they had been beaten and kept from leaving. The group said it would hand the workers to Thai authorities once their countries' embassies had confirmed their identities.
""")
R("news", "trafficking.forced_criminality trafficking.deceptive_recruitment scam smuggling.migrant_smuggling", """
{BANGKOK|L} – Thai police said they had arrested four men who ran minivans and boats that took people without passports from {Bangkok|L} to the river crossing near {Mae Sot|L} and on to fraud compounds on the Myanmar side. Many passengers believed they were going to jobs in hotels, police said. The drivers were paid {5,000 baht|M} per head by the companies that received the workers.
""")
R("news", "", """
{BANGKOK|L} – Rubber prices rose to a six-month high on Monday as heavy rain in southern {Thailand|L} disrupted tapping, traders said, while demand from tyre makers in {China|L} stayed firm. Thai smoked sheet was quoted at {68 baht|M} a kilogram in {Hat Yai|L}.
""")
R("news", "", """
{VIENTIANE|L} – Leaders of the five {Mekong|L} countries agreed on Friday to share more data on river flows and dam releases, after months of low water left boats stranded and hurt fish catches from {Yunnan|L} to the {Mekong Delta|L}. Officials said a joint early-warning system would be tested next year.
""")
R("news", "", """
{BANGKOK|L} – {Thailand|L}'s customs department collected a record {126 billion baht|M} in duties in the fiscal year, helped by higher imports of vehicles and machinery, the department's director-general said. He said the agency would install more container scanners at land border checkpoints next year to speed up legitimate trade.
""")
R("news", "", """
{CHIANG MAI|L} – An elephant at a sanctuary outside the city gave birth to a healthy male calf on Sunday, the first birth there in five years. Keepers said the mother, rescued from a trekking camp a decade ago, and the calf were both doing well, and asked visitors to keep their distance for a few weeks.
""")
R("news", "", """
{BANGKOK|L} – Migrant workers from {Cambodia|L}, {Laos|L} and {Myanmar|L} whose permits expire this year have until 13 February to apply for renewal, the labour ministry said, urging employers to register staff early to avoid queues. Workers can renew without leaving the country and pay a fee set by the ministry.
""")
R("news", "", """
{NONG KHAI|L} – Freight volumes on the railway linking {Vientiane|L} with {Kunming|L} doubled in the first half of the year, with Thai durian, rubber and cassava moving north and fertiliser and electronics moving south, operators said. Exporters said the line cut delivery time to southern {China|L} to under two days.
""")
R("news", "", """
{CHIANG RAI|L} – A district office in {Chiang Rai|L} has started running weekly talks at village temples warning older residents about telephone fraud, with volunteers playing recordings of typical calls and showing how to check a caller's identity. The programme does not record any specific cases but is modelled on a similar project in {Lampang|L}.
""")
R("news", "", """
{SINGAPORE|L} – Shares of Southeast Asian banks fell on Tuesday after a regional index of technology stocks slumped, while oil prices edged up on concerns about supply. The Thai baht weakened 0.4% against the dollar.
""")

# --- part 2: court and police ---------------------------------------------------------------------
R("court", "trafficking.forced_labour trafficking.document_confiscation", """
The {Central Court for Labour|O} ordered a restaurant owner in {Hua Hin|L} to pay {640,000 baht|M} to three Burmese kitchen workers, and referred the case to prosecutors, after finding that the owner had held the workers' passports for two years, locked them inside the premises after closing and paid them less than a quarter of the minimum wage. Criminal charges of human trafficking are pending.
""")
R("court", "trafficking.deceptive_recruitment trafficking.sexual_exploitation", """
Prosecutors told the court that the accused, a 46-year-old woman from {Udon Thani|L}, recruited five women from her province with offers of massage jobs in {Bahrain|L}, paid for their flights and, on arrival, sold them to a man who forced them to have sex with customers in an apartment. The defence argued that the women knew the nature of the work. The verdict is due on 20 March.
""")
R("court", "trafficking.child_exploitation", """
The court sentenced a 35-year-old man to 22 years in prison for paying girls aged 12 to 15 from poor families in {Chiang Mai|L} province to pose for sexual videos he sold online to foreign customers. The court found he had given the girls' parents small gifts and money to gain their trust.
""")
R("court", "trafficking.forced_marriage", """
The {Intermediate People's Court of Wenshan|O} sentenced four people to between five and twelve years in prison for abducting and selling women. The court found that they brought eight women from {Vietnam|L} across the border by promising jobs, then sold them to families in rural {Henan|L} as brides for between {RMB 60,000|M} and {RMB 120,000|M} each.
""")
R("court", "scam.impersonation scam.money_mule", """
The {Criminal Court|O} convicted nine members of a group that called people while pretending to be officers of the {Department of Special Investigation|O}, telling victims their accounts were linked to money laundering. The court found that one defendant, {Thanawat Khamsuk|P}, had recruited 40 people in {Surin|L} to open accounts and hand over their bank apps in exchange for {1,000 baht|M} each, which were used to receive victims' money. Sentences ranged from three to 20 years.
""")
R("court", "scam.investment_crypto", """
The {Federal Court|O} in {Brooklyn|L} sentenced a 39-year-old man to 10 years in prison for his part in a scheme that persuaded investors to send cryptocurrency to sham trading platforms. Prosecutors said the platforms showed fake gains and that the defendant helped move more than {$20 million|M} of the proceeds through accounts he controlled.
""")
R("court", "scam.phishing_account", """
A court in {Kuala Lumpur|L} sentenced a 26-year-old computer programmer to four years in jail after he admitted building fake banking websites used to collect customers' login details and one-time codes. Prosecutors said he had sold the pages to others for {RM 800|M} each.
""")
R("court", "smuggling.drugs", """
The appeal court upheld the death sentence of a 41-year-old man found with 120 kilograms of heroin hidden in a shipment of dried longan at a warehouse in {Chiang Khong|L}. The court said the quantity and the way the drugs were hidden showed that the defendant was part of an organised network.
""")
R("court", "smuggling.wildlife", """
The {Provincial Court|O} in {Mukdahan|L} sentenced two Vietnamese men to four years in prison for carrying 96 live pangolins in a pickup truck. The court noted the animals had been packed in sacks without water and that 23 were dead when found.
""")
R("court", "smuggling.migrant_smuggling", """
A Thai court sentenced a former village headman to six years in prison after finding that he had arranged transport and safe houses for Myanmar nationals entering through forest paths near {Kanchanaburi|L}, charging each person {8,000 baht|M}. The court dismissed his claim that he was only helping relatives.
""")
R("court", "smuggling.contraband", """
The court fined a trading company {4.3 million baht|M} and sentenced its manager to two years' suspended imprisonment for importing 40 tonnes of garlic from {China|L} without paying duty, using documents that declared the cargo as onion seeds.
""")
R("court", "", """
The {Administrative Court|O} dismissed a petition by a group of border traders seeking to force the reopening of a checkpoint in {Tak|L} province, ruling that security decisions about border crossings fall within the powers of the army.
""")
R("court", "", """
The {Civil Court|O} ordered a finance company to return {48,000 baht|M} in late fees to a borrower, ruling that the interest rate it charged on a motorcycle hire-purchase contract exceeded the legal cap.
""")
R("police_report", "trafficking.forced_labour trafficking.document_confiscation", """
Inspection report, {Rayong|L}. Fish-sauce factory. 17 Myanmar workers interviewed. 12 stated that their employer, {Mr Prasert Nakkham|P}, took their passports "to renew the visa" 18 months ago and did not return them. Workers live in containers inside the compound, gate locked at 21:00. Wages paid in part; {2,000 baht|M} per month held back "as deposit against running away". Case forwarded to {Anti-Human Trafficking Division|O}.
""")
R("police_report", "trafficking.sexual_exploitation trafficking.child_exploitation", """
Following an online undercover operation, officers arrested a 28-year-old man at a hotel in {Chiang Mai|L} who had arranged to sell a 16-year-old girl to an undercover officer for {3,000 baht|M}. The girl stated she had been living with the suspect for two months after running away from home and that he had been sending her to meet men. Suspect charged; girl placed with {Emergency Home|O} shelter.
""")
R("police_report", "trafficking.forced_criminality scam.investment_crypto trafficking.document_confiscation", """
Victim interview, repatriated group 3, interviewee 7: Thai male, 22, from {Yasothon|L}. States he accepted a job at an "online store" offered by a friend of a friend, travelled to {Mae Sot|L} by van and was taken across the river by boat. On arrival his ID card and phone were collected. Worked 14 hours daily at a desk with other Thais, sending messages to Thai women on LINE and persuading them to invest in gold trading. Kept for 4 months; says manager hit workers with an electric baton. Left after family paid {60,000 baht|M} to an intermediary.
""")
R("police_report", "scam.job_task", """
Complainant, female, 22, university student, saw an advert on TikTok for "online packing work". Contacted the recruiter on LINE, was told to buy products on a site and would receive 10% commission. Transferred {1,200|M}, {5,600|M}, then {18,900 baht|M}; each time received a message that she had to complete another order before withdrawing. Total loss {25,700 baht|M}. Receiving account: {Kasikorn|O} {073-8-41922-6|B}.
""")
R("police_report", "scam.impersonation scam.phishing_account", """
Complainant, male, 64, retired teacher, received call from person claiming to be from the {Provincial Electricity Authority|O} saying he was overcharged and would get a refund. Was asked to add a LINE account and install an app to "verify identity". After installing, his phone screen froze. Next morning {1,560,000 baht|M} had been transferred out of his account in 6 transactions.
""")
R("police_report", "smuggling.drugs", """
Search of room 304, {Sukhumvit Soi 11|L} apartment, under court warrant. Found 2 kg white crystalline substance, 4,000 red pills in zip bags, digital scales, {86,000 baht|M} in cash. Occupant, Thai male, 31, stated he receives packages by courier every week and re-sells to "customers from the bars". Suspect detained.
""")
R("police_report", "smuggling.arms", """
Customs at the {Bukit Kayu Hitam|L} crossing reported an X-ray anomaly in a lorry carrying canned fruit to {Thailand|L}. Inspection found 14 semi-automatic pistols and 600 rounds in two cartons marked "pineapple". Driver states he did not load the truck. Case transferred to {Royal Malaysia Police|O}.
""")
R("police_report", "smuggling.contraband", """
At 03:00 patrol officers stopped a pickup on the {Mukdahan|L}–{Kalasin|L} road. Found in rear under tarpaulin: 120 cartons of foreign cigarettes without Thai tax stamps, 40 cartons of e-cigarette pods. Driver, Thai male, 45, says he was to deliver to a shop in {Khon Kaen|L}. Goods seized and handed to {Excise Department|O}.
""")
R("police_report", "", """
Complainant, Swiss male, 58, reports that his passport and wallet were left in the back of a tuk-tuk in {Old Town|L}, {Chiang Mai|L}, on the evening of 3 Dec. Driver returned the wallet the next day to the tourist police booth; passport still missing. Report issued for embassy.
""")
R("police_report", "", """
Officers responded to a call at a karaoke bar in {Udon Thani|L} after a fight broke out between two groups of customers. Two men treated for cuts and released. Bar had valid licence; all staff Thai nationals over 20, employed with contracts. No further action.
""")

# --- part 2: sms / chat ---------------------------------------------------------------------------
R("sms", "scam.impersonation", """
Hi it's {Aunty Lek|P}, I changed my number. Can you help me transfer {15,000|M} to my friend, my app has problem, I give back tonight. Account {SCB|O} {411-2-08764-1|B} name {Suriya Thongdee|P}. Thank you dear
""")
R("sms", "scam.impersonation scam.phishing_account", """
{Revenue Department|O} notice: You have unpaid tax of {7,845 baht|M}. Pay now to avoid legal action: {rd-taxpay.link/th|U}
""")
R("sms", "scam.phishing_account", """
{Shopee|O}: Congratulations! You have been selected to receive a {2,000 baht|M} voucher. Log in to claim: {shopee-th-voucher.xyz|U} Offer expires today.
""")
R("sms", "scam.investment_crypto", """
Join our VIP stock analysis group! 🔥 Last week members earned 37% on Thai mid-caps. Free entry today only, guided by Dr {Somkiat|P}. Add LINE {@vipstock_signal|H}
""")
R("sms", "scam.loan", """
Need cash fast? Online loan {5,000-500,000 baht|M}, approve in 10 minutes, no guarantor, blacklist OK. Pay only {990 baht|M} document fee first. Add LINE {@quickcashthai|H}
""")
R("sms", "", """
{Kerry Express|O}: Your parcel {KEX90118274|ID} is out for delivery, estimated arrival 1-5 pm today. Track in the Kerry app. {Kerry|O} will never ask you to pay by link.
""")
R("sms", "", """
Reminder: your appointment at the {Department of Consular Affairs|O} passport office, {Chaeng Watthana|L}, is tomorrow 09:30. Bring your ID card and old passport.
""")
R("chat", "scam.romance", """
{Daniel|P}: Good morning my queen 👑 I dream about our house in {Phuket|L} again
{Daniel|P}: Baby, there is a problem at the oil rig, my bank card is blocked and I need {$2,400|M} to pay the crew's food supply. I will pay you back double when I land
{Daniel|P}: You are the only one I trust 💕
""")
R("chat", "scam.job_task", """
HR Alice: Hello! You are selected for our part-time promotion job, just give 5-star rating to hotels, 30 min per day, earn {800-2,000 baht|M}
HR Alice: Task 1 done ✅ commission {120 baht|M} sent. Now join our Telegram team for more tasks: {@agoda_task_team7|H}
""")
R("chat", "trafficking.deceptive_recruitment trafficking.debt_bondage", """
Agent: the company in {Dubai|L} pay you {2,500 dirham|M} a month, cleaning job only
Agent: visa and ticket cost {150,000 pesos|M}, but dont worry, they cut from your salary 8 months
Agent: when you arrive, give your passport to the supervisor, that is normal there
""")
R("chat", "trafficking.forced_labour", """
{Min Min|P}: brother the boss not pay again this month
{Min Min|P}: he say if we go to labour office he call police to arrest us because our visa expired. we work 6am to 9pm every day
{Min Min|P}: i want come back but no money for the bus
""")
R("chat", "smuggling.migrant_smuggling", """
Guide: tonight 2am. wear dark clothes, no lights on phone
Guide: we walk 3 hours to the road, car wait there take you to {Kuala Lumpur|L}
Guide: remaining {RM 1,500|M} pay when you arrive. if police stop, say you dont know me
""")
R("chat", "smuggling.drugs", """
A: new batch came in, the green ones with the WY
A: 2k pcs minimum, price {25 baht|M} each, delivery to {Khon Kaen|L} add 5k
B: ok can pay half first by PromptPay
A: no bank. cash only, through the guy at the car wash
""")
R("chat", "smuggling.wildlife", """
Customer: you have the bird? the one that talks
Shop: yes grey parrot baby, and also 2 slow loris, very cute. no paper but can ship to {Malaysia|L} by bus with the fruit box
Customer: how much loris
Shop: {12,000 baht|M} each
""")
R("chat", "", """
{Ann|P}: ugh my flight to {Phnom Penh|L} got delayed 4 hrs
{Ann|P}: and I left my power bank at the security check 🙃
{Jay|P}: lol classic. grab something to eat, I'll pick you up at arrivals whenever
""")
R("chat", "", """
Boss: {Aye|P}, salary for November is in your account, please check. I also paid your social security.
{Aye|P}: received, thank you boss. Can I take leave on Friday to go to the immigration office for my visa?
Boss: Sure, no problem.
""")
R("chat", "", """
Mom: I saw on TV about the fake police calls, be careful ok
Son: yes mom, if anyone calls you about money, hang up and call me first
Mom: ok ok, I know, I'm not stupid 😂
""")
R("sms", "", """
{Binance|O}: Your withdrawal of {0.25 BTC|M} to address {bc1q8r7zk5x4l2wdg3h9tmyv6pf0ns8ahe4c7wju2q|C} was successful. If you did not initiate this, contact support immediately.
""")

# --- part 2: NGO case notes / tip-offs -------------------------------------------------------------
R("tipoff", "trafficking.forced_criminality trafficking.debt_bondage scam", """
pls help my son {Nguyen Van Long|P} he is in {Cambodia|L} near {Bavet|L}. he go for casino job but they make him lie to people on the internet. now they say if he want go home we must pay {$6,000|M} for the company. we are farmer we dont have. they hit him when he call me. his phone {+855 88 614 2207|PH}
""")
R("tipoff", "trafficking.forced_labour trafficking.document_confiscation", """
I am a nurse at a hospital in {Samut Prakan|L}. Today a young Cambodian woman came in with burns on her arms. She works as a maid and the employer waited with her the whole time. When he stepped out she said she cannot leave the house, no phone, passport taken by the "madam". She was very scared. The employer paid in cash. I have the address from the registration form.
""")
R("tipoff", "trafficking.child_exploitation", """
There are 3 small kids, maybe 6 or 7 years, selling chewing gum every night on the walking street in {Pattaya|L} until very late. A man on a motorbike watches them and takes the money. They look very tired and one has bruises. I don't think he is their father.
""")
R("tipoff", "scam.money_mule", """
My nephew (19) got a message on Facebook offering {4,000 baht|M} if he opens a new bank account and gives the card and password to a "company". He already did it for 2 accounts. Now the bank froze them and police called him. He didn't know it was for stealing money. What should he do? The contact was a LINE called "{Easy Job 168|H}".
""")
R("tipoff", "scam.investment_crypto", """
Reporting the app "{GSX Global Pro|O}". My colleague introduced me, she says she made profit. I put {320,000 baht|M} in USDT to wallet {TXp4Wm8Gh2aKq7Ne3Rb9Ls5Yc1Vd6Fj0Zt|C}. The balance shows 1.1 million but withdraw is locked, customer service says pay 15% "risk deposit". My colleague also now cannot withdraw.
""")
R("tipoff", "smuggling.drugs", """
Every few nights a fishing boat comes into the small pier at {Ban Pak Nam|L} without lights, around 1am. They do not unload fish, only black bags into a van. The van goes toward {Songkhla|L} town. Everyone in the village knows but nobody dares say.
""")
R("tipoff", "smuggling.migrant_smuggling", """
House behind the rubber plantation on the road to {Padang Besar|L}: many people staying there, maybe 20-30, they come at night in vans and leave after 2-3 days. They do not speak Thai. A man from the village collects money from them. They look afraid but they are not locked in.
""")
R("ngo_report", "trafficking.forced_labour trafficking.debt_bondage trafficking.document_confiscation", """
Case note, shelter intake. Client, female, 41, Indonesian, worked 3 years for a family in {Johor|L}. Agency fee of {RM 7,000|M} deducted from salary over 14 months. After that, employer "kept" her wages in a savings book she never saw. Passport held by employer. Slept in the laundry room. Not allowed to phone family except at Eid. Escaped when employer travelled. Seeking unpaid wages approx {RM 30,000|M}. Plan: legal aid, embassy.
""")
R("ngo_report", "trafficking.forced_criminality scam.romance scam.investment_crypto", """
Intake interview (interpreter, Amharic). Client, male, 24, Ethiopian. Recruited in {Addis Ababa|L} by a man from his church who promised a data-entry job in {Thailand|L}. From {Bangkok|L} driven to the border and walked across farmland at night. In the compound he was given a script and photos of an Asian woman and told to chat with men in {Europe|L} "like a girlfriend" until they invested. Beaten with a hose after two weeks without a deposit. Spent 2 days in a dark room. Escaped by climbing a wall; crossed the river with help of a fisherman. Requests help to go home.
""")
R("ngo_report", "trafficking.forced_marriage trafficking.child_exploitation", """
Case note. Girl, 16, Hmong, from {Luang Namtha|L} province. A relative arranged for her to visit a "cousin" in {China|L}; on arrival she was told she had been married to a 40-year-old farmer whose family had paid {RMB 50,000|M}. She was not allowed to leave the village. After 11 months she got a phone from a neighbour and contacted her brother. Returned through {Boten|L} with help of Lao police.
""")
R("ngo_report", "scam.impersonation", """
Hotline log, 19:40. Elderly woman from {Nakhon Sawan|L} calling on behalf of herself: she received a call from "{Kasikorn|O} bank" saying her card had been copied and she must read the code sent to her phone to cancel it. She read two codes before her daughter stopped her. Advised her to call her bank immediately from the official number and file a police report. Bank confirmed two attempted transfers, one blocked.
""")
R("ngo_report", "", """
Pre-departure orientation, {Vientiane|L}: 36 workers leaving for agricultural jobs in {South Korea|L} under the government seasonal programme. Topics covered: contract terms, keeping your own passport, how to contact the embassy, how to send money home safely, and the hotline number for help. All workers confirmed they paid only the official fee.
""")
R("ngo_report", "", """
Client, male, 52, Thai, in methadone programme at our centre for 14 months. Reports stable, no relapse, working as a security guard. Asked for help to reconnect with his daughter in {Nakhon Ratchasima|L}. Referred to family counselling.
""")
R("tipoff", "", """
Hi, not sure this is the right place. I found a wallet with a Myanmar passport and a work permit near the bus stop on {Phahonyothin Road|L}. The name is {Htet Aung|P}. I took it to the police station in {Lat Yao|L}. Just in case someone is looking for it.
""")

# --- part 2: social posts / job ads ----------------------------------------------------------------
R("social_post", "trafficking.deceptive_recruitment trafficking.forced_criminality", """
This is the 3rd time someone from our town has gone to "work in {Thailand|L}" and ended up across the border in those buildings. The recruiter uses a new Facebook page every month. Jobs always sound the same: good English, typing, {$1000|M}+, free flight. If your cousin or friend is offered this, STOP them. My classmate only got out after 9 months.
""")
R("social_post", "scam.impersonation", """
My dad almost got scammed today. A guy video-called him in a police uniform, with a police office background, saying dad's ID was used to open an account for a drug gang 🙄 Told him to transfer money for "checking". Dad hung up and called me. Please tell your parents: real police DON'T do video calls asking for money.
""")
R("social_post", "scam.phishing_account", """
Lost my Facebook page with 20k followers because I clicked a "copyright violation" message from "{Meta Support|O}". It asked me to log in and enter my 2FA code. Within 5 min the hackers changed my email and are now running crypto ads on my page. If you see posts from "{Bangkok Street Eats|O}" asking for money, it's NOT me.
""")
R("social_post", "smuggling.wildlife", """
Saw this at the weekend market today – a guy selling baby macaques and a slow loris from a cardboard box under the table, said they're "from the forest in {Laos|L}". So sad 😢 Reported to the wildlife hotline with photos. Please don't buy wild animals as pets.
""")
R("social_post", "", """
Reminder: scammers pretend to be from banks, couriers and police. Never click links in SMS, never install apps someone sends you, never transfer money to "check" your account. Call 1441 if in doubt. #ScamAwareness #Thailand
""")
R("social_post", "", """
Finally got my visa for the working holiday in {New Zealand|L}!! 🇳🇿 Applied online myself, paid only the government fee, no agent. If anyone wants tips on the bank statement and insurance, message me 😊
""")
R("social_post", "", """
Our boat trip from {Chiang Khong|L} to {Luang Prabang|L} was amazing – two days on the {Mekong|L}, overnight in {Pakbeng|L}, buffaloes on the riverbank. Border crossing at the {Friendship Bridge|L} was easy, visa on arrival {$40|M}.
""")
R("social_post", "", """
Proud of my team at the rehab centre in {Mae Rim|L} 💪 5 young men graduated from our 6-month recovery programme today. No more yaba, new start. Families cried. Thank you to all the counsellors and volunteers.
""")
R("job_ad", "trafficking.deceptive_recruitment", """
URGENT – Factory workers for {Korea|L}. Men & women 20-45. Salary {60,000 baht|M}/month. No Korean needed, no exam. Go with tourist visa, our team arrange job after you arrive. Fee {90,000 baht|M}, pay half before flight. Call {Khun Bee|P} {089-441-2076|PH}
""")
R("job_ad", "scam.job_task", """
📢 Part-time job – online order assistant. Help merchants increase sales by placing orders. Earn 10-30% commission per order! Pay first, get back capital + commission in 5 minutes. Students / housewives welcome. Telegram {@order_helper_888|H}
""")
R("job_ad", "scam.money_mule", """
Hiring "payment agents" 💸 Accept payments from our clients into your own account, then send them on to the company wallet. Keep 3% of every transaction. Need: bank account with mobile banking, ID card. Work from home, daily income. WhatsApp {+855 97 338 1605|PH}
""")
R("job_ad", "", """
Deckhand / Crew wanted – tourist speedboat, {Koh Lanta|L}. Day trips only, home every night. {15,000 baht|M}/month + tips, social security, work permit provided for foreign staff. Apply at {Lanta Sea Tours|O} office, {Saladan|L} pier.
""")
R("job_ad", "", """
Customer Service Representative (English/Thai) – {Bangkok|L} office, {Siam Digital Services Co., Ltd.|O}. Handle hotel booking enquiries by phone and email. Salary {22,000-28,000 baht|M}, Mon-Fri, health insurance. Interviews held at our office in {Sathorn|L}; we never ask candidates to pay fees or travel abroad.
""")
R("job_ad", "", """
Recruiting caregivers for {Japan|L} – Technical Intern Training Program. Licensed by the {Department of Employment|O}. Training in {Bangkok|L} 6 months (Japanese language + care skills). Costs according to official rates, receipt provided. Info day: Saturday 10:00.
""")
R("job_ad", "", """
Seasonal workers wanted for longan harvest in {Lamphun|L}, July–August. {400 baht|M}/day, lunch provided, transport from {Chiang Mai|L} city. Workers with valid pink card welcome. Call farm office {053-512-884|PH}.
""")

# --- part 3: more news ------------------------------------------------------------------------------
R("news", "trafficking.forced_labour trafficking.document_confiscation trafficking.deceptive_recruitment", """
{PORT MORESBY|L} – Thirty-two Thai and Cambodian men who worked on foreign-flagged fishing boats in the {Pacific|L} have been stuck in port for three weeks after the vessels were detained for fishing without a licence, a labour rights group said on Tuesday. The men said the boat company had held their passports since they boarded in {Thailand|L} and that, after more than a year at sea, each had received only an advance of {5,000 baht|M}, far less than the monthly pay the recruiter had described. Some said they had been hit by officers for working too slowly. The group said it was negotiating with the company to pay the men and fly them home.
""")
R("news", "trafficking.sexual_exploitation trafficking.document_confiscation trafficking.debt_bondage", """
{TOKYO|L} – Japanese police arrested two men and a Thai woman on Monday on suspicion of making Thai women sleep with customers at a bar in {Saitama|L}. Investigators said the women had been told they would be serving food in a restaurant. Once they landed, their passports were taken and they were told they could not go home until they had earned back several million yen spent on their tickets and lodging. One of the women escaped and went to a police box near the station.
""")
R("news", "trafficking.forced_marriage trafficking.sexual_exploitation", """
{ISLAMABAD|L} – Pakistani investigators said they had charged a group of brokers who arranged marriages between young women from poor families and foreign men, some of whom later told relatives by phone that they had been kept indoors by their new husbands' families and pressed into sleeping with other men. Parents said the brokers had paid them a sum on the wedding day and promised their daughters a comfortable life abroad. Police said more than 600 such marriages were being examined.
""")
R("news", "trafficking.child_exploitation trafficking.debt_bondage trafficking.forced_labour", """
{DHAKA|L} – {UNICEF|O} said on Thursday that thousands of children in the region's brick kilns and fish-drying yards work beside their parents from dawn to dusk to pay back cash advances the families took from kiln owners before the season. The agency said the families often end the season owing more than they started with and are obliged to return the following year. It called on governments to enforce child labour laws and regulate the advances.
""")
R("news", "trafficking.deceptive_recruitment trafficking.forced_criminality scam", """
{COLOMBO|L} – {Sri Lanka|L}'s labour ministry told young people not to accept computer jobs in {Southeast Asia|L} offered through social media after the families of more than 50 citizens reported that their relatives had been driven across a border at night and were now kept inside guarded office buildings. Relatives said the men had been ordered to spend their days chatting with strangers online and asking them for money, and were punished when they fell short. The ministry said it had asked {Thailand|L} and {Myanmar|L} for help.
""")
R("news", "trafficking.forced_labour", """
{CHONBURI|L} – Labour inspectors found 40 Cambodian workers at a fruit-packing warehouse who said they had not been allowed past the front gate for five months and were given rice and salted fish in exchange for sorting fruit through the night. Several said the supervisor threatened to call immigration if they complained. The owner told inspectors the gate was locked "for their safety". A criminal case has been opened and the workers were moved to a shelter.
""")
R("news", "trafficking.debt_bondage trafficking.deceptive_recruitment", """
{KATHMANDU|L} – Nepali men back from a construction project in {Malaysia|L} told a parliamentary committee on Wednesday that they had each borrowed about {$1,500|M} at high interest to pay recruitment agents who promised monthly pay of twice what they eventually received. Their employer then deducted so much for food, beds and "visa costs" that after a year most still owed money at home and could not afford to quit. The committee asked the government to ban fees charged to workers.
""")
R("news", "scam.investment_crypto", """
{BANGKOK|L} – Thailand's securities regulator said on Friday it had filed police complaints against 12 websites that used photographs of well-known business leaders to promote "investment clubs" promising monthly returns of up to 30%. People who clicked were led to chat groups where "assistants" told them to transfer money to personal bank accounts and showed screenshots of other members' profits. The regulator said none of the clubs was licensed and that the business leaders had no connection to them.
""")
R("news", "scam.impersonation scam.money_mule", """
{KHON KAEN|L} – Police arrested a 34-year-old woman on Sunday who they said had collected cash from elderly people on behalf of callers pretending to be land department officials. The victims were told that their title deeds had been used as security for a loan by a gang and that they had to hand over their savings so the money could be "checked". The woman was paid {1,000 baht|M} for each pickup and passed the cash to a man in a car, police said. Eleven people have come forward so far.
""")
R("news", "scam.romance", """
{LONDON|L} – A British widower handed more than {£300,000|M} to a woman he met online who said she was a nurse working in {Thailand|L}, his family told a court on Monday. Over 18 months she asked for help with hospital bills, a plane ticket and a customs charge on jewellery she said she was bringing to {England|L} so they could marry. He never met her, and police later found the photographs belonged to a model in {Brazil|L}.
""")
R("news", "scam.phishing_account scam.impersonation", """
{HO CHI MINH CITY|L} – Vietnamese police warned on Thursday of a wave of calls from people pretending to be power company staff who tell households their electricity will be cut unless they update their details through an app. Once installed, the app lets the caller see and control the phone, including banking apps. Police said more than 200 people had complained this month, several of whom lost their entire savings in minutes.
""")
R("news", "scam.job_task scam.money_mule", """
{SINGAPORE|L} – {Singapore|L} police said 38 people were under investigation for letting their bank accounts be used to receive money lost by people who had answered offers of part-time online work. The victims had been paid small amounts for simple tasks such as rating products, then asked to put in larger sums to "unlock" what they had earned. Police said account holders who let strangers use their accounts could face up to three years in jail.
""")
R("news", "smuggling.drugs", """
{DHAKA|L} – Bangladeshi border guards seized 600,000 tablets brought across the {Naf River|L} from {Myanmar|L} in a fishing boat before dawn on Saturday, officials said. The pills, known locally as "yaba", were sealed in plastic and hidden in the engine compartment. Two fishermen were detained; officials said they had been paid to make the crossing and did not know who owned the cargo.
""")
R("news", "smuggling.drugs", """
{SYDNEY|L} – Australian police said on Tuesday they had found 400 kilograms of methamphetamine sealed inside tins labelled as bamboo shoots in a shipment from {Thailand|L}, and had charged three men. Officers replaced the drugs with a harmless substance and waited for the men to collect the container at a warehouse in western {Sydney|L}. Police said the shipment was linked to suppliers in {Myanmar|L}'s {Shan State|L}.
""")
R("news", "smuggling.arms", """
{YALA|L} – Soldiers found 10 rifles, a homemade mortar and several hundred rounds buried in plastic drums in a rubber plantation in {Yala|L} province, the military said on Wednesday. The search followed the arrest of a man who was caught bringing two bags of ammunition across the {Kolok River|L} in a small fishing boat. Officials said they were trying to establish who the weapons were meant for.
""")
R("news", "smuggling.arms", """
{MANILA|L} – Philippine customs officers seized a shipment of 600 rifle parts declared as bicycle components at the port of {Manila|L}, the bureau said. The parts, which arrived in a container from {Thailand|L}, could be assembled into working weapons, officials said. The consignee, a trading company in {Cebu|L}, had no permit to import firearms.
""")
R("news", "smuggling.wildlife", """
{KUALA LUMPUR|L} – Malaysian wildlife officers arrested a man at {Kuala Lumpur International Airport|L} who was about to board a flight to {Bangkok|L} with 28 hornbill casques and four sun bear paws wrapped in clothing in his luggage. The man told officers he was carrying the bag for an acquaintance and had been promised {RM 3,000|M}. Officials said the items would have been sold on to buyers in {China|L}.
""")
R("news", "smuggling.contraband", """
{HAT YAI|L} – Customs officers found seven tonnes of frozen beef and buffalo meat in a refrigerated truck that had come in from {Malaysia|L} on a rural road, avoiding the checkpoint, officials said on Monday. The meat had no health certificates or import papers and was believed to be heading for wholesale markets in {Bangkok|L}. It will be destroyed, officials said.
""")
R("news", "trafficking.forced_criminality scam.money_mule smuggling.migrant_smuggling", """
{BANGKOK|L} – Thai police said on Thursday they had broken up a group that took young Thais without passports across the river near {Tachileik|L} to work in offices running online gambling and fraud. Once there, the workers were told to open bank accounts in their own names and hand over the login details so the accounts could receive money from victims. Some who asked to leave were locked in rooms without food, police said. Six suspects were arrested in {Chiang Rai|L} and {Bangkok|L}.
""")
R("news", "smuggling.drugs trafficking.sexual_exploitation", """
{PHNOM PENH|L} – Police raided a nightclub in {Phnom Penh|L} on Saturday and found ecstasy and ketamine being sold at the bar, along with 19 young women who said the club's managers kept them in a house nearby and made them go home with customers. Several said they had been brought from the provinces to work as waitresses. The managers, a Cambodian man and a foreign national, were arrested.
""")
R("news", "scam.investment_crypto trafficking.forced_criminality trafficking.document_confiscation", """
{MANILA|L} – Philippine authorities raided an office complex in {Pampanga|L} on Wednesday and found about 700 workers, many of them foreigners, running online investment pitches from rows of computers. Officials said some workers told them they had been kept inside the compound, beaten when they did not bring in deposits, and had their passports taken by managers when they arrived. The company's listed owner could not be found.
""")
R("news", "smuggling.wildlife trafficking.forced_labour", """
{JAKARTA|L} – Indonesian fishermen who escaped from a foreign fishing vessel told police the crew had been made to work 20 hours a day cutting the fins from sharks and throwing the bodies back into the sea. They said the fins were hidden in a false compartment in the hold and moved onto another boat at night before the vessel returned to port. Two crew members who fell ill had not been given medicine, they said.
""")
R("news", "", """
{BANGKOK|L} – The number of foreign tourists visiting {Thailand|L} rose 21% last year to 35.5 million, the tourism ministry said on Monday, with visitors from {China|L}, {Malaysia|L} and {India|L} making up the largest share. Officials said arrivals at land border checkpoints in the north and northeast had grown fastest. The ministry expects hotel occupancy to return to pre-pandemic levels this year.
""")
R("news", "", """
{JAKARTA|L} – Leaders of {ASEAN|O} agreed on Sunday to link their countries' QR payment systems by the end of next year, so that tourists and small traders can pay and be paid across borders without changing cash. Central bankers said fees would be capped and that banks would apply the same identity checks as for domestic transfers.
""")
R("news", "", """
{PHNOM PENH|L} – A long-running dispute over fishing rights on the {Tonle Sap|L} lake was settled on Friday after the government agreed to expand community fisheries, giving villagers more say over where nets may be set and when. Fishing families said catches had fallen sharply in recent years. Environmental groups welcomed the deal but said dams upstream remained the bigger threat.
""")
R("news", "", """
{HANOI|L} – {Vietnam|L}'s economy grew 6.8% in the last quarter, helped by exports of electronics and textiles, the statistics office said on Saturday. Money sent home by Vietnamese working abroad also rose, with most of it coming from workers in {Japan|L}, {South Korea|L} and {Taiwan|L}. The government kept its growth target for the year unchanged.
""")
R("news", "", """
{SINGAPORE|L} – Scientists at a regional research institute published a genetic map of pangolin populations across {Asia|L} and {Africa|L}, which they said could help customs laboratories trace where seized scales came from. The database was built from museum specimens and samples from animals treated at rescue centres. The researchers said the next step was to train officials in several countries to use it.
""")
R("news", "", """
{KUALA LUMPUR|L} – The {Royal Malaysia Police|O} launched a mobile app on Tuesday that lets people check whether a phone number or bank account has been reported to police before they transfer money to a stranger. Officials said the app draws on a national database and would be updated daily. It is available in Malay, English, Chinese and Tamil.
""")
R("news", "", """
{BANGKOK|L} – The {Football Association of Thailand|O} named a new head coach for the national team on Friday after a disappointing run in qualifiers. The coach, a former Japanese international, said he would give more chances to young players from the domestic league and would bring his own fitness staff. His first match in charge is a friendly against {Laos|L} next month.
""")
R("news", "", """
{VIENTIANE|L} – {Laos|L} opened a new international checkpoint on its border with {China|L} near {Boten|L} on Monday, which officials said would speed up truck traffic and make crossing easier for tourists. The checkpoint has separate lanes for freight, buses and private cars and will be staffed by immigration, customs and quarantine officers around the clock.
""")
R("news", "", """
{CHIANG MAI|L} – Doctors at a state hospital said a programme that treats methamphetamine users in their own villages, with nurses visiting homes and local temples hosting support groups, had helped more than 1,000 people stay off the drug for six months or longer. The doctors said patients were more likely to stick with treatment when they did not have to leave their jobs and families.
""")
R("news", "", """
{BANGKOK|L} – A Thai court acquitted a former commerce minister on Wednesday of corruption charges linked to a government-to-government rice export deal, saying prosecutors had failed to show that he had benefited personally. Prosecutors said they would study the verdict before deciding whether to appeal.
""")
R("news", "", """
{YANGON|L} – Floods in northern {Myanmar|L} have driven more than 20,000 people from their homes, aid agencies said on Sunday, after rivers burst their banks following days of heavy rain. The {World Food Programme|O} said it was sending rice and cooking oil by boat to villages cut off by landslides.
""")
R("news", "", """
{MAE SAI|L} – Traders on both sides of the border said business had picked up since the bridge between {Mae Sai|L} and {Tachileik|L} reopened to goods traffic last month, with Thai snacks, cooking oil and fuel heading north and dried fruit, tea and handicrafts heading south. Shop owners in the market said tourists were also starting to return.
""")
# --- part 3: court and police ------------------------------------------------------------------------
R("court", "trafficking.forced_labour trafficking.debt_bondage", """
The {Ranong Provincial Court|O} found the owner of a squid-drying yard guilty of human trafficking after hearing that he paid a broker {12,000 baht|M} for each of six Myanmar workers and then told them they could not leave until they had worked off that sum, which grew each month as he added charges for food and medicine. He was sentenced to nine years in prison.
""")
R("court", "trafficking.sexual_exploitation trafficking.child_exploitation", """
The court sentenced a hotel employee in {Phuket|L} to 16 years in prison for taking money from foreign guests to bring them girls aged between 14 and 16, some of whom had run away from home. The court found that he housed the girls in a room near the hotel and kept part of what they were paid.
""")
R("court", "trafficking.forced_marriage trafficking.deceptive_recruitment", """
Prosecutors allege that the defendant, a marriage broker in {An Giang|L} province, told young women from poor families that she could find them well-off husbands in {Taiwan|L} and {South Korea|L}, then arranged quick marriages to men who paid her fees. Several of the women later said they had been kept at home, beaten and forbidden from contacting their families.
""")
R("court", "trafficking.forced_criminality scam.impersonation", """
The {Criminal Court|O} found that the accused had delivered five young men from {Nakhon Ratchasima|L} to a company in {Poipet|L} knowing they would be made to call people in {Thailand|L} while posing as police officers. The court heard testimony that the men were locked in their rooms at night and were fined when they did not meet targets. The accused was sentenced to eight years.
""")
R("court", "trafficking.deceptive_recruitment trafficking.document_confiscation", """
The {Supreme Court|O} upheld the conviction of an employment agency owner who sent 22 Thai workers to farms in {Israel|L} after charging them unlicensed fees and keeping their passports as collateral for loans he arranged for them. The court ordered him to repay the fees.
""")
R("court", "scam.romance", """
The court sentenced a Nigerian national to seven years in prison after finding that he opened bank accounts in {Thailand|L} to collect money from women in {Japan|L} and {Australia|L} who believed they were in a relationship with an American soldier. The court found the accounts had received {32 million baht|M}.
""")
R("court", "scam.loan", """
The court jailed three people for running a fake lending company that took processing fees of {2,000 baht|M} to {10,000 baht|M} from more than 800 applicants and never paid out a single loan.
""")
R("court", "scam.investment_crypto scam.money_mule", """
A court in {Taipei|L} sentenced the leader of a group that laundered money from online investment schemes to 12 years in prison. The court found that the group recruited students to open bank accounts and handed them {NT$5,000|M} for each account.
""")
R("court", "smuggling.migrant_smuggling", """
A court in {Kanchanaburi|L} sentenced a truck driver to four years in prison after 16 Myanmar nationals were found hiding in a tanker he was driving. The court found he had been paid {3,000 baht|M} per person.
""")
R("court", "smuggling.arms", """
The court sentenced a former soldier to 12 years in prison for selling rifles stolen from an army depot to buyers in {Myanmar|L}. The court found that he had taken the guns across the {Salween River|L} by boat on at least four occasions.
""")
R("court", "smuggling.contraband", """
The court sentenced a cross-border trader to three years in prison and fined him {12 million baht|M} for bringing in 80,000 cartons of cigarettes from {Cambodia|L} hidden in a shipment of vegetables.
""")
R("court", "", """
The {Criminal Court|O} sentenced a man to life imprisonment for murdering a taxi driver in {Bangkok|L} during a robbery. The court found that he had stabbed the driver after refusing to pay the fare.
""")
R("court", "", """
The {Constitutional Court|O} ruled that a law allowing the government to extend a state of emergency in the southern provinces was constitutional. The court found that the law included sufficient safeguards.
""")
R("police_report", "trafficking.forced_criminality trafficking.document_confiscation", """
Interview with repatriated Filipina, 26, at {Mae Sot|L} immigration. States she came to {Bangkok|L} for a job at a "call centre" and was taken by car to the border. In the compound her passport was locked in a safe. She was made to write messages to men in the {United States|L} pretending to be a rich widow. Says supervisors threatened to sell her to another company if she complained.
""")
R("police_report", "trafficking.sexual_exploitation trafficking.debt_bondage", """
Raid on a massage shop in {Pattaya|L}. 11 women, all Thai nationals over 18, found in rooms upstairs. Four stated they had been told they owed {50,000 baht|M} each to the owner for a "training course" and could not leave until they paid it off by serving customers. Owner arrested.
""")
R("police_report", "trafficking.child_exploitation", """
Report of missing child, 13, from {Kamphaeng Phet|L}. Boy found working at a car wash in {Bangkok|L}, where the owner made him work 12 hours a day for food and a place to sleep. Owner charged; boy returned to his parents.
""")
R("police_report", "scam.romance", """
Complainant, male, 55, reports he sent {850,000 baht|M} over four months to a woman he met on a dating site who said she lived in {Malaysia|L}. She said she needed money for her father's funeral, then for a visa to visit {Thailand|L}. She stopped replying after the last transfer.
""")
R("police_report", "scam.job_task", """
Complainant, female, 31, office worker, states she saw an advert for online part-time work "reviewing restaurants". After completing three paid tasks she was told to deposit {10,000 baht|M} to unlock the next level. She made four deposits totalling {68,000 baht|M}.
""")
R("police_report", "scam.impersonation", """
Complainant, male, 70, received a call from a man claiming to be from the anti-money laundering office, saying his account was linked to a drug gang. He was told to withdraw cash and hand it to a courier for "checking". He handed over {400,000 baht|M} to a man on a motorbike outside his house.
""")
R("police_report", "smuggling.drugs", """
A courier company reported a suspicious parcel addressed to a condominium in {Nonthaburi|L}. Inspection found 2 kg of crystal substance inside two rice cookers. The recipient, a 32-year-old man, was arrested when he collected the parcel.
""")
R("police_report", "smuggling.wildlife", """
Officers at the {Nong Khai|L} checkpoint stopped a car heading to {Laos|L} and found 12 monitor lizards and 6 turtles in sacks in the boot. Driver, Lao male, 40, said he was taking them to sell at a market in {Vientiane|L}.
""")
R("police_report", "smuggling.arms", """
Acting on a tip, officers searched a house in {Tak|L} and found 5 assault rifles, 20 magazines and 3,000 rounds under the floor. Owner, Thai male, 48, said he was storing them for a friend from across the border.
""")
R("police_report", "scam.money_mule trafficking.forced_criminality", """
Interview with Thai male, 24, arrested at {Mae Sai|L} border checkpoint. States he was held in a compound in {Tachileik|L} for three months and forced to hand over the passwords to his bank accounts, which were used to receive money from fraud victims. Says he was released after the company no longer needed his accounts.
""")
R("police_report", "", """
Traffic accident on the road from {Tak|L} to {Mae Sot|L}. A bus carrying 40 Myanmar workers with valid permits collided with a truck. Five injured, taken to {Mae Sot|L} hospital. Workers were travelling to a factory in {Samut Sakhon|L}.
""")
R("police_report", "", """
Complainant, female, 38, reports that her handbag was stolen from her motorbike basket while she was shopping at a market in {Hat Yai|L}. The bag contained her ID card, {3,500 baht|M} and a mobile phone. No suspect identified.
""")
R("police_report", "", """
Complainant, male, 45, reports that he left his passport on an overnight bus from {Bangkok|L} to {Chiang Mai|L}. He has applied for a new one at the {Department of Consular Affairs|O}.
""")

# --- part 4: sms / WhatsApp / Telegram --------------------------------------------------------------
R("sms", "scam.impersonation scam.phishing_account", """
[{DHL|O}] Your shipment is on hold at customs. Import tax {THB 89.00|M} unpaid. Pay within 12 hours or the item will be returned: {dhl-th-customs.cc/pay|U}
""")
R("sms", "scam.phishing_account", """
Dear user, your {LINE|O} account will be deleted in 24 hours due to a violation report. To keep your account, confirm your phone number and the 6-digit code we send you here: {line-safety-check.top|U}
""")
R("sms", "scam.loan", """
{Krungsri|O} Quick Loan: you are pre-approved for {80,000 baht|M}, 0% interest for 3 months. Add staff LINE {@krungsri-loan-vip|H} to receive money today. Insurance fee applies.
""")
R("sms", "scam.loan", """
Hi Mr {Chan|P}, your personal loan {RM 15,000|M} has been approved by our finance company. Before we release, please transfer the stamp duty {RM 380|M} to our officer account {Maybank|O} {5142 0977 3318|B}. Reply YES to proceed.
""")
R("sms", "scam.investment_crypto", """
Hi, this is {Jessica|P} from the {Nomura|O} investment team. Our AI fund gave members 12% in one week. Limited seats for new members, min {$500|M}. Join here WhatsApp {+852 5611 8732|PH}
""")
R("sms", "scam.impersonation", """
Mum this is my new number, old phone fell in the water 😩 can you send {3,000|M} to my friend's account for my room rent, I'll pay you back on Friday. {Krungthai|O} {678-0-22918-4|B}
""")
R("chat", "scam.romance scam.investment_crypto", """
{Elena|P}: my love, did you open the account on the platform I showed you? my uncle says tonight is the best time to buy
{Mark|P}: I put in {$1,000|M} yesterday, it already shows {$1,260|M}!
{Elena|P}: see 😘 now put {$10,000|M} and we can buy our house in {Chiang Mai|L} sooner
""")
R("chat", "scam.job_task", """
Mentor: congratulations you completed 30/30 tasks today! ✅
Mentor: but your account has "lucky order" worth {18,000 baht|M}, you need to top up difference to complete, then withdraw all {24,500 baht|M}
Member: but i already put {6,000|M}, i dont have more
Mentor: borrow from friend, many people do it, tomorrow you get back double
""")
R("chat", "scam.impersonation", """
"Officer Wang": This is the {Immigration Bureau|O}. Your passport number {AA4418207|ID} has been flagged for a visa violation. You will be deported unless you pay a fine of {25,000 baht|M} today.
Victim: I have a valid visa, I checked online
"Officer Wang": If you do not cooperate, officers will come to your hotel tonight.
""")
R("chat", "trafficking.deceptive_recruitment trafficking.sexual_exploitation", """
Agent: u want to work in {Dubai|L}? hostess in hotel, only drink with customer, {$3,000|M} per month
Girl: no sex right?
Agent: no no, only talk. but if customer like you, you can make more money, up to you 😉
Agent: we arrange everything, passport, ticket. you just pay back later
""")
R("chat", "trafficking.forced_criminality trafficking.debt_bondage", """
[WhatsApp, 01:47] mom i cant come back yet, the company say i must pay back the ticket and hotel first, 8 thousand dollar
[01:47] they sell me to another office last week, now i work in new building
[01:48] i am ok, they give food. please dont call the embassy they find out
""")
R("chat", "trafficking.forced_marriage", """
{Mai|P}: sister, ma says the man from {China|L} will pay the family {60,000 yuan|M} if I marry him. I don't even know him. I'm only 17
{Mai|P}: she already took his money to pay the debt. I cannot say no
""")
R("chat", "trafficking.forced_labour trafficking.document_confiscation", """
{Ko Aung|P}: boss take all our passport, say he keep because we might run
{Ko Aung|P}: we work in the orchard 14 hour every day, no day off, he pay only {200 baht|M} per week
{Ko Aung|P}: we want go to another farm but without passport police catch us
""")
R("chat", "smuggling.migrant_smuggling", """
Smuggler: 4 person from {Myawaddy|L} tonight. price {18,000|M} each to {Bangkok|L}. half now, half when arrive
Smuggler: they hide in the van with the vegetables, my guy at checkpoint know the car
Client: ok send the location
""")
R("chat", "smuggling.drugs", """
👉 Ice, K, pills available. Delivery {Bangkok|L} + {Pattaya|L}. Pay by USDT or cash. No new customers without reference. Message {@kxdelivery_bkk|H}
""")
R("chat", "smuggling.contraband", """
Seller: e-cigs wholesale, all flavours, from {China|L}. 500 pcs per box, {28,000 baht|M}. we send by bus parcel, label "phone accessories"
Buyer: safe?
Seller: 3 years no problem
""")
R("chat", "smuggling.arms", """
A: u still have the .45?
B: yes + 2 box. {35k|M}. meet at the old rice mill near the river, no car, walk in
A: ok. my guy from across the border want 3 more next month
""")
R("chat", "trafficking.forced_criminality scam.money_mule", """
Leader: new team members must give bank app login + PIN to finance today
Worker: why we need give?
Leader: company use your account to receive customer payment. if account frozen you go dark room. no discussion
""")
R("chat", "smuggling.drugs trafficking.forced_criminality", """
Cousin: they make me carry bags through the forest to the Thai side every week
Cousin: if i say no they say they will hurt my mother. i know what is inside, i am scared
Me: where are you now?
Cousin: near {Tachileik|L}. dont call, only message
""")
R("sms", "", """
{SCB|O}: Transfer {5,000.00 THB|M} to {Kasikorn|O} x-1234 successful. Balance {12,455.00 THB|M}. If you did not make this transaction, call {02-777-7777|PH}.
""")
R("sms", "", """
Hi {Noi|P}, we are holding a Buddhist merit-making ceremony for Grandma at the temple on Sunday. Please come if you can, lunch after. – Uncle {Chai|P}
""")
R("sms", "", """
Your visa extension application has been approved. Please collect your passport from the {Chiang Mai Immigration Office|O} after 2 pm on 15 March.
""")
R("sms", "", """
{Thai Airways|O}: Flight TG 612 {Bangkok|L} to {Kunming|L} on 20 Jan is delayed by 2 hours. New departure time: 10:30. We apologise for the inconvenience.
""")
R("chat", "", """
{Pim|P}: did you see the news about the fake loans? 😳
{Bee|P}: yeah, my aunt almost fell for one. we told her to go to the bank directly
{Pim|P}: good. never pay anything before getting a loan!
""")
R("chat", "", """
Customer: Hi, is the apartment still available? How much is the deposit?
Landlord: Yes, {15,000 baht|M} deposit + first month rent. You can come see it tomorrow at 10 am.
Customer: Great, see you then!
""")
R("chat", "", """
Manager: Please remember all staff must bring their passport copy and work permit for the labour inspection on Monday.
Worker: ok manager, my work permit expires next month, can company help renew?
Manager: Yes, HR will handle it, the company pays the fee.
""")
R("chat", "", """
{Lin|P}: We got to {Chiang Rai|L}! The {Golden Triangle Park|L} is beautiful
{Wei|P}: Did you see the {Hall of Opium|L} museum?
{Lin|P}: Yes, so interesting, learned a lot about the history
""")
R("chat", "", """
Dad: The police called about the motorbike accident. They said you need to go to the station to sign the report.
Son: Ok dad, I'll go tomorrow morning.
""")
R("sms", "", """
{Bangkok Bank|O} will never ask you to transfer money to a "safe account" or to install apps. If you receive such calls, hang up and call {1333|PH}.
""")

# --- part 4: NGO case notes / hotline tip-offs -------------------------------------------------------
R("tipoff", "trafficking.forced_labour", """
my sister work in the rubber farm in {Surat Thani|L}, the owner not let her go out, she work from 3am to 6pm. when she sick he still make her work. she call me crying last night. she have the baby 1 year old with her. please help them.
""")
R("tipoff", "trafficking.sexual_exploitation trafficking.deceptive_recruitment", """
My friend {Lan|P} went to {Malaysia|L} to work in a restaurant, the agent said. But she called me, says it is not a restaurant, it is a karaoke and the boss makes her go with men. She wants to come home but the boss says she owes money for the flight. She is in {Kuala Lumpur|L} somewhere near a big mall.
""")
R("tipoff", "trafficking.child_exploitation trafficking.forced_labour", """
The family next door has a girl from {Cambodia|L}, maybe 12 years old. She does all the housework and looks after the baby. She never goes to school and sleeps in the kitchen. I heard the lady shouting at her and hitting her. Please check.
""")
R("tipoff", "trafficking.forced_marriage", """
I want report my daughter, 19, she go to {China|L} to marry a man, the broker say he is rich and good. Now she call me, the man lock her in the house and his family watch her all the time. They take her phone. She cry every time. Please help bring her back.
""")
R("tipoff", "trafficking.forced_criminality scam.investment_crypto", """
My boyfriend is in {Myanmar|L} in a building near the river. He was told it is IT job but now he must make fake profiles and talk to people to invest in crypto. They beat him if he doesn't get money. He sent me his location. Please help.
""")
R("tipoff", "scam.romance", """
My mother (62) is talking to a "US general" on Facebook for 6 months. She sent him {400,000 baht|M} for "release fee" so he can come to {Thailand|L} to marry her. He now asks for more. She doesn't believe it's a scam. What can we do?
""")
R("tipoff", "scam.job_task", """
I saw a job on Facebook, "like and share" work from home. I did the first tasks and got paid {200 baht|M}. Then they ask me to pay {5,000 baht|M} for "VIP tasks". I paid and now they want {20,000|M} more. I want my money back.
""")
R("tipoff", "smuggling.wildlife", """
There is a man in my village selling baby elephants to a tourist camp. He says they come from the forest on the border. The babies are very small and thin. He keeps them in a shed behind his house.
""")
R("tipoff", "smuggling.contraband", """
A shop in {Mae Sai|L} market is selling fake brand clothes and bags, many boxes come every week from across the bridge without checking. Also cheap cigarettes with no stamp.
""")
R("tipoff", "", """
I want to ask: my husband has a work permit in {Thailand|L} and his employer keeps his passport copy only, not the original. Is this normal? He says everything is ok, he gets paid on time.
""")
R("tipoff", "", """
I lost my passport at {Suvarnabhumi|L} airport yesterday when checking in. I reported to the airport police. Can someone tell me how to get a temporary travel document from my embassy?
""")
R("ngo_report", "trafficking.forced_labour trafficking.debt_bondage", """
Case note. Client, male, 34, Cambodian, worked on a construction site in {Bangkok|L} for 1 year. Employer charged him {20,000 baht|M} for his work permit and deducted it from his salary, plus "fees" for housing and food. After one year he still owed {8,000 baht|M}. Not allowed to change employer. Referred to legal aid.
""")
R("ngo_report", "trafficking.sexual_exploitation trafficking.child_exploitation", """
Outreach note, {Pattaya|L}. Met two girls, approx. 15 and 16, on {Beach Road|L} late at night. They said they came from {Isan|L} with an older woman who finds them customers and takes most of the money. They live in her room and are afraid to go home because of debts. Contacted child protection unit.
""")
R("ngo_report", "trafficking.forced_criminality trafficking.document_confiscation scam.romance", """
Case note. Client, female, 23, Vietnamese. Recruited through a friend for a job as a "sales assistant" in {Cambodia|L}. On arrival her passport was taken. She was forced to chat with men online and pretend to be in love with them so they would send money. She was beaten when she refused. Escaped after 6 months with help of a security guard.
""")
R("ngo_report", "trafficking.deceptive_recruitment trafficking.debt_bondage", """
Group interview with 9 Lao women returned from {Thailand|L}. All recruited by the same woman in their village who offered jobs in a factory. On arrival they were told they owed {15,000 baht|M} each for travel and had to work in a food stall for 6 months without pay. Police informed.
""")
R("ngo_report", "scam.impersonation scam.money_mule", """
Case note. Client, male, 21, student from {Chiang Mai|L}. Sold his bank account for {2,000 baht|M} to a man he met on Facebook. Now police have contacted him because the account received money from victims of a fake police call scam. Client did not know. Referred to lawyer.
""")
R("ngo_report", "smuggling.migrant_smuggling", """
Interview with family of 4 from {Myanmar|L} at {Mae Sot|L} clinic. They paid a broker {40,000 baht|M} to take them across the border and to a farm where they could work. The broker left them at the border. They are now staying with relatives. No signs of exploitation.
""")
R("ngo_report", "", """
Monthly report, migrant learning centre in {Mae Sot|L}: 120 children enrolled, 15 new this month. Teachers report good attendance. Parents meeting held on health and safety. No protection issues.
""")
R("ngo_report", "", """
Case note. Client, female, 29, Thai, came to ask about applying for a job in {Taiwan|L}. She had been offered a factory job by a licensed agency and wanted to check the fees. Fees matched the official rates. Advised her to keep her passport and contract.
""")
R("ngo_report", "", """
Training report: 25 community volunteers in {Chiang Rai|L} trained on how to recognise signs of trafficking and how to report. Materials distributed in Thai, Akha and Lahu.
""")
R("tipoff", "trafficking.forced_labour trafficking.document_confiscation smuggling.migrant_smuggling", """
hello, my brother and 10 other men cross the border from {Myanmar|L} with a guide they pay, now they work at a chicken farm in {Nakhon Pathom|L}. the owner take their ID, they work all day and night, not pay. they cannot leave because they have no papers.
""")
R("tipoff", "scam.impersonation trafficking.forced_criminality", """
I got a call from someone saying he is a police officer from {Bangkok|L}. He spoke good Thai but I could hear other people in the background reading the same script, and a man shouting at someone that he would not eat tonight if he did not get a payment. Later I read that these call centres are in {Cambodia|L} and the people there are forced to do it. The number was {+855 70 338 4491|PH}.
""")

# --- part 4: social posts / job ads ---------------------------------------------------------------
R("social_post", "trafficking.deceptive_recruitment", """
⚠️ Be careful with this page "{Asia Career Link|O}" – they offer jobs in {Thailand|L} for "online marketing" with high salary and free flight. My friend applied and they asked him to go to {Myanmar|L} for "training". Don't go!
""")
R("social_post", "trafficking.forced_criminality scam", """
My cousin just came back from {Cambodia|L} after 8 months. He was promised a job in a casino but ended up in a building behind a fence, messaging strangers 16 hours a day to get them to send money. When he didn't bring in enough he got no food and the guards hit him. Please share so no one else falls for this.
""")
R("social_post", "scam.investment_crypto", """
Lost {$15,000|M} on a crypto app a "friend" from Instagram told me about. She showed me her profits every day. The day I wanted to cash out, suddenly there was a "tax" to pay first. Don't trust anyone online who talks about investments!
""")
R("social_post", "scam.phishing_account", """
Someone hacked my LINE and sent messages to all my friends asking to borrow money. If you got a message from me asking for money, it's NOT me! Please ignore.
""")
R("social_post", "smuggling.wildlife", """
Shocked to see shops in the {Golden Triangle SEZ|L} selling tiger skins, ivory and bear bile openly. Reported it to the authorities. Please don't buy these products!
""")
R("social_post", "smuggling.drugs", """
Our village is full of yaba. The dealers bring it from across the border every week and sell it to kids. The police don't do anything. We need help!
""")
R("social_post", "", """
Happy to share that I just got my work permit for {Japan|L}! Went through a licensed agency, all fees were clear and official. Can't wait to start my new job 🎉
""")
R("social_post", "", """
Congratulations to {Somchai|P} and {Nong|P} on their wedding today! 💕 Wishing you a lifetime of happiness. The ceremony at the family home in {Udon Thani|L} was beautiful.
""")
R("social_post", "", """
Visited the {Hall of Opium|L} in {Chiang Saen|L} today – a fascinating museum about the history of opium in the {Golden Triangle|L}. Highly recommend!
""")
R("social_post", "", """
Tip: Always check the license of a recruitment agency before paying any fees. You can check on the {Department of Employment|O} website. Stay safe!
""")
R("social_post", "", """
Just finished a 10-day volunteer programme at an elephant sanctuary in {Kanchanaburi|L}. The elephants were rescued from logging and tourism. Amazing experience! 🐘
""")
R("social_post", "", """
Border trade at {Mae Sot|L} is booming! Saw hundreds of trucks crossing the {Friendship Bridge|L} today with goods for {Myanmar|L}. Good for the local economy.
""")
R("job_ad", "trafficking.deceptive_recruitment", """
Hiring now! Work in {Malaysia|L} as a waitress, {RM 3,000|M}/month. Free accommodation and meals. No passport needed, we arrange everything. Contact {Ms Amy|P} on WhatsApp {+60 12-445 8831|PH}.
""")
R("job_ad", "scam.loan", """
💰 Fast loans for everyone 💰 No credit check, no guarantor. Get up to {100,000 baht|M} in 1 hour. Just pay a small processing fee. Contact LINE {@fastmoney_th|H}.
""")
R("job_ad", "smuggling.migrant_smuggling", """
Want to work in {Malaysia|L}? We can take you across the border safely, no passport needed. Price {10,000 baht|M} including transport and a job at a palm oil plantation. Contact us on Facebook "{Work Malaysia Easy|O}".
""")
R("job_ad", "", """
Receptionist wanted – 4-star hotel in {Chiang Mai|L}. English required. Salary {18,000 baht|M} + service charge. Apply at the hotel or email {jobs@lannahotel.co.th|EM}.
""")
R("job_ad", "", """
Fishing crew wanted – licensed vessel based in {Songkhla|L}. Monthly salary paid by bank transfer, contract in Thai and Burmese, rest days in port. Apply at the {Songkhla Fishermen Association|O} office.
""")
R("job_ad", "", """
Teacher wanted – English language school in {Vientiane|L}. Native or fluent speaker, degree required. Salary {$1,200|M}/month + housing. Contact {info@vientianeschool.la|EM}.
""")
R("job_ad", "", """
Construction workers wanted for a project in {Bangkok|L}. Thai and foreign workers with valid permits. Daily wage {450 baht|M}, overtime paid, social security. Apply at the site office in {Bang Sue|L}.
""")
R("job_ad", "", """
Domestic helper wanted for family in {Singapore|L}. Through licensed agency, employer pays all fees. Salary {S$650|M}/month, 1 day off per week, own room. Contact agency at {+65 6288 1142|PH}.
""")

# --- part 5: implicit wording and close negatives ------------------------------------------------
R("news", "trafficking.forced_labour trafficking.debt_bondage", """
{PHETCHABURI|L} – Twenty-six workers from {Cambodia|L} found at a pineapple farm in {Phetchaburi|L} told officials they were woken at 3 a.m. each day, worked until the light went and were told by the foreman that they could not leave while they still owed for the van that brought them and the rice they ate. The foreman kept a notebook with a running total beside each name, officials said. None of the workers had been paid in cash since arriving in the spring. The farm's owner said the foreman had hired the workers without her knowledge.
""")
R("news", "trafficking.forced_criminality trafficking.deceptive_recruitment scam.investment_crypto", """
{VIENTIANE|L} – Nineteen Kenyan and Ugandan men who had been living in a building on the edge of the economic zone in northern {Laos|L} were handed to their embassies on Friday. The men said they had arrived expecting jobs at a call centre, but instead were kept behind a guarded gate and given phones loaded with profiles of young women, with instructions to strike up conversations with strangers abroad and talk them into putting money into a trading website. Those who asked to go home were told they would first have to pay back their airfare several times over.
""")
R("police_report", "trafficking.child_exploitation", """
Interview, boy aged 10, found at a night market in {Khlong Toei|L} selling sweets at 1 a.m. States he lives with a couple who "bought him from his grandmother" in {Svay Rieng|L} last year. Each night he must bring back {500 baht|M}; if less, he is not given breakfast. Has never been to school in {Thailand|L}. Couple detained for questioning; boy placed in emergency care.
""")
R("news", "smuggling.migrant_smuggling", """
{RANONG|L} – Eighteen people from {Myanmar|L} were found hiding in the mangroves on the Thai side of the {Kraburi River|L} on Tuesday morning after a man with a long-tail boat dropped them there before dawn, police said. The group said they had each paid about {9,000 baht|M} for the crossing and for a car that was supposed to collect them and drive them to jobs in {Surat Thani|L}. The car never came.
""")
R("news", "smuggling.contraband", """
{SONGKHLA|L} – Marine police boarded a fishing trawler off {Songkhla|L} and found that its fish holds had been converted into tanks holding 60,000 litres of diesel, which officials said had been bought cheaply from a ship in international waters. The crew had no catch on board. Officials said the fuel would have been sold to petrol stations along the coast without tax being paid.
""")
R("news", "smuggling.wildlife", """
{JAKARTA|L} – Airport officers in {Jakarta|L} found 64 songbirds pushed into plastic drinking tubes and packed into two suitcases belonging to a passenger arriving from {Bangkok|L}, officials said. Eleven of the birds were dead. The passenger, a 38-year-old man, said he had been asked by a stranger to carry the luggage in exchange for a free ticket.
""")
R("chat", "smuggling.arms", """
A: the long ones 4 pieces ready, wrapped in the rice sacks
A: plus the small ones with 6 boxes of bullets
B: ok. my cousin come with the boat tuesday after midnight, same place under the big tree
A: {120k|M} total. cash, no transfer
""")
R("sms", "scam.loan", """
{GSB|O} Loan Project: You qualify for a {30,000 baht|M} low-interest loan for small traders. To receive the money today, pay the guarantee fee of {1,500 baht|M} to officer {Mr Anan|P} account {Krungthai|O} {893-0-51264-7|B}. Add LINE {@gsb-smeloan|H}
""")
R("ngo_report", "trafficking.forced_marriage", """
Case note. Client, female, 20, from {Hua Phan|L} province. Her parents agreed to her marriage to a man from across the border after his family paid for her father's hospital bills. She did not want to marry and was taken to his village by car. Not allowed to leave the house alone; her husband's mother keeps her phone. Returned with help of an aunt after 8 months. Plan: counselling, vocational training.
""")
R("news", "scam.romance scam.money_mule", """
{KUALA LUMPUR|L} – A Malaysian woman in her fifties was charged on Thursday with letting her bank account receive more than {RM 900,000|M} from women in three countries who believed they were sending money to a foreign engineer they had met online and planned to marry. Prosecutors said the accused had herself been befriended by the same "engineer", who persuaded her that the money was payment for his business and asked her to pass it on.
""")
R("news", "", """
{CHIANG MAI|L} – A sniffer dog that helped customs officers at {Chiang Mai|L} airport for nine years was retired on Friday with a small ceremony attended by her handlers. The Labrador, named Tang Mo, will live with the family of the officer who trained her. Officials said two younger dogs had already taken over her shifts.
""")
R("news", "", """
{SAMUT SAKHON|L} – A fishers' union in {Samut Sakhon|L} held its first annual meeting on Sunday, with about 300 Thai and Myanmar crew members attending. The union said it had helped members open bank accounts, check that their contracts matched what they were paid and join the social security system. Boat owners' representatives also spoke at the meeting.
""")
R("social_post", "", """
So proud of my daughter 🥹 She flew to {Seoul|L} today to start her job in a car parts factory under the official EPS programme. She passed the Korean test, the fees were all on the government receipt, and she keeps her own passport. Call us every Sunday ok!! ❤️
""")
R("court", "", """
The {Juvenile and Family Court|O} granted joint custody of a seven-year-old boy to his Thai mother and Australian father after their divorce, ruling that the child would live in {Bangkok|L} during the school term and spend holidays with his father in {Perth|L}.
""")
R("sms", "", """
{Krungthai|O}: A new version of the Krungthai NEXT app is available. Update only through the App Store or Google Play. We never send links to download apps by SMS.
""")
R("chat", "", """
{Tom|P}: crossing to {Laos|L} tomorrow, do I need anything besides my passport?
{Aor|P}: passport + {40 dollars|M} for visa on arrival, and a photo. bus from {Nong Khai|L} station every hour
{Tom|P}: perfect, thx
""")
R("news", "", """
{BANGKOK|L} – Conservation groups marked World Wildlife Day on Sunday with an exhibition at a shopping mall showing photographs taken by camera traps in Thai national parks, including clouded leopards, tapirs and a rare Siamese crocodile. Organisers said they hoped to inspire young people to volunteer for forest patrols.
""")
R("job_ad", "", """
Able Seaman / Ordinary Seaman – international container vessels. Manning agent licensed by the {Marine Department|O}. Contracts under the Maritime Labour Convention, wages paid monthly to your own bank account, no placement fee charged to seafarers. Send CV to {crewing@andamanmarine.co.th|EM}.
""")
R("police_report", "", """
Complainant, Korean female, 27, reports her passport was left in the seat pocket of a flight from {Seoul|L} to {Suvarnabhumi|L}. Airline staff searched the aircraft but did not find it. Loss report issued so that she can apply for a travel certificate at the {Korean Embassy|O}.
""")
R("tipoff", "", """
Not sure who to call. The karaoke bar next to my condo in {Ratchada|L} plays loud music until 4 am every night and customers fight in the street. Staff look normal, it's just the noise. Can police do something?
""")
R("ngo_report", "", """
Case note. Client, male, 45, Myanmar, fisherman on a licensed boat in {Ranong|L}. Came to ask how to transfer his social security to a new employer after the boat was sold. Has his passport and pink card, wages paid into his bank account. Explained the procedure; no concerns.
""")


if __name__ == "__main__":
    main()
