"""Small hand-written name lists (general knowledge, not taken from any corpus) that feed the
gazetteer features: common given names and romanised Southeast/East Asian name parts, and
organisations that tip-offs about the Mekong region mention often."""

EN_PERSON = """
James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark
Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary
Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond
Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy Christian
Keith Roger Terry Gerald Harold Sean Austin Carl Arthur Lawrence Dylan Jesse Jordan Bryan Billy Joe Bruce Gabriel
Logan Albert Willie Alan Juan Wayne Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason Philip Louis Tom Tony
Mike Jim Bob Bill Steve Dave Chris Alex Sam Ben Max Leo Oscar Harry Charlie Oliver Lucas Liam Jake Luke Kevin Eddie
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret Sandra Ashley
Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen
Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine Debra Rachel Carolyn Janet
Catherine Maria Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith
Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice Jean Abigail
Alice Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie Brittany
Charlotte Marie Kayla Alexis Lori Lily Lucy Mia Nina Jenny Jane Kate Annie Ella Chloe Zoe Ivy Rose Daisy Cindy Vicky
Tina Lina Fiona Sophie Bella Anne Eva Mei Ling Ying Yan Hui Fang Jing Li Wei Ming Hong Jun Hao Lei Chen Wang Zhang
Liu Huang Zhao Zhou Wu Xu Sun Ma Zhu Hu Guo Lin He Gao Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng
Somchai Somsak Somporn Somsri Sombat Surachai Suchart Prasert Prayut Prawit Thaksin Yingluck Anutin Srettha
Paetongtarn Chuan Abhisit Wichai Wichit Thanakorn Thanawat Thanapon Ekkachai Kittisak Kittipong Nattapong
Narong Nopadol Pongsak Preecha Sakchai Sarawut Siriporn Sirichai Supachai Supaporn Suda Sudarat Sunisa Tanawat
Teerawat Thawatchai Uthai Wanchai Wanida Watcharapong Weerapong Yuthana Anan Apinya Arunee Boonchu Boonmee Chai
Chaiya Chalerm Chanida Chatchai Kanya Kamon Malee Manee Nok Noi Nut Nid Ploy Pim Fon Fah Fa Dao Dang Daeng Lek Yai
Oil Bee Beam Mint Ice Gift Joy Pat Pond Tong Toon Ning Nam Nan Pla Pu Ton Golf Bank Boss Top Note Jae Sia Mae Loong
Nicha Ratana Rattana Sasithorn Siriwan Sukanya Sumalee Thida Waraporn Wilai Yupin Chuwit Nattawut Pita Sira
Aung Kyaw Zaw Min Htun Htet Tun Win Myint Thein Hla Maung Soe Naing Oo Thant Thura Zin Ko Daw Phyo Nyein Su Khin
Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Minh Duc Anh Tuan Hung Linh Trang Thao Huong
Sok Sokha Sophal Chea Chan Sopheak Dara Vanna Srey Bopha Hun Sen Manet Rith Vichet Kosal Phon Somphone Bounmy Souk
Khamphoui Vilay Keo Thongsavanh Phouthone Jose Juan Carlos Maria Ahmad Muhammad Mohammed Ali Omar Hassan Siti Nur
Raj Ravi Priya Kumar Singh Sharma Kim Lee Park Choi Tanaka Suzuki Sato Yamamoto Kenji Yuki Hiroshi Mr Mrs Ms Dr
""".split()
# the last four are titles, handled separately
EN_PERSON = [w for w in EN_PERSON if w not in {"Mr", "Mrs", "Ms", "Dr"}]

EN_ORG = """
Interpol|United Nations|UNODC|UNICEF|UNHCR|IOM|International Organization for Migration|ILO|ASEAN|ASEANAPOL
Royal Thai Police|Thai Police|Tourist Police|Immigration Bureau|Department of Special Investigation|DSI
Anti-Money Laundering Office|AMLO|Office of the Narcotics Control Board|ONCB|Ministry of Foreign Affairs
Ministry of Social Development and Human Security|Ministry of Labour|Ministry of Public Security|Ministry of Interior
Thai Army|Royal Thai Army|Border Patrol Police|Cyber Crime Investigation Bureau|CCIB|Central Investigation Bureau
Crime Suppression Division|CSD|Anti-Trafficking in Persons Division|ATPD|Marine Police|Provincial Police
Kasikorn Bank|Kasikornbank|KBank|Krungsri|Bank of Ayudhya|Bangkok Bank|Siam Commercial Bank|SCB|Krungthai Bank
Krung Thai Bank|TMBThanachart|ttb|Government Savings Bank|GSB|Bank of China|ICBC|Agricultural Bank of China
China Construction Bank|Alipay|WeChat|Tencent|Alibaba|Binance|Huione|Huione Pay|Prince Group|DKBA|BGF
Border Guard Force|Karen National Union|KNU|United Wa State Army|UWSA|Tatmadaw|Myanmar Army|Arakan Army|MNDAA
Kerry Express|Flash Express|J&T Express|Thailand Post|DHL|FedEx|Grab|Lazada|Shopee|Facebook|Meta|Telegram|LINE
TikTok|Google|Apple|Microsoft|Amazon|Huawei|Xiaomi|Samsung|Thai Airways|AirAsia|Reuters|BBC|CNN|Associated Press
International Justice Mission|IJM|Human Rights Watch|Amnesty International|FBI|Europol|US Embassy|Thai Embassy
Chinese Embassy|Chinese Embassy in Bangkok|Red Cross|World Bank|World Health Organization|WHO
""".replace("\n", "|").split("|")
EN_ORG = [w.strip() for w in EN_ORG if w.strip()]

TH_ORG = """
สำนักงานตำรวจแห่งชาติ|สตช.|ตำรวจภูธร|ตำรวจท่องเที่ยว|ตำรวจตระเวนชายแดน|ตชด.|ตำรวจไซเบอร์|ตำรวจสอบสวนกลาง
กรมสอบสวนคดีพิเศษ|ดีเอสไอ|สำนักงานตรวจคนเข้าเมือง|ตม.|สตม.|ปปง.|สำนักงานป้องกันและปราบปรามการฟอกเงิน|ป.ป.ส.
สำนักงานคณะกรรมการป้องกันและปราบปรามยาเสพติด|กระทรวงการต่างประเทศ|กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์|พม.
กระทรวงแรงงาน|กรมการจัดหางาน|กระทรวงมหาดไทย|กระทรวงยุติธรรม|กองบังคับการปราบปรามการกระทำความผิดเกี่ยวกับการค้ามนุษย์
บก.ปคม.|กองบัญชาการตำรวจสืบสวนสอบสวนอาชญากรรมทางเทคโนโลยี|บช.สอท.|กองบัญชาการตำรวจสอบสวนกลาง|บช.ก.|กองปราบปราม
ธนาคารกสิกรไทย|กสิกรไทย|ธนาคารกรุงเทพ|ธนาคารไทยพาณิชย์|ไทยพาณิชย์|ธนาคารกรุงไทย|กรุงไทย|ธนาคารกรุงศรีอยุธยา|กรุงศรี
ธนาคารออมสิน|ธนาคารทหารไทยธนชาต|ทีทีบี|ธ.ก.ส.|เคอรี่|เคอรี่ เอ็กซ์เพรส|แฟลช เอ็กซ์เพรส|ไปรษณีย์ไทย|เจแอนด์ที
องค์การสหประชาชาติ|ยูเอ็น|องค์การระหว่างประเทศเพื่อการโยกย้ายถิ่นฐาน|ไอโอเอ็ม|อินเตอร์โพล|ยูนิเซฟ|อาเซียน
กองทัพบก|กองทัพไทย|ทหารพราน|กองกำลังนเรศวร|กองกำลังผาเมือง|กองกำลังพิทักษ์ชายแดน|กองทัพเมียนมา|กองทัพพม่า|ว้าแดง
สหภาพแห่งชาติกะเหรี่ยง|เฟซบุ๊ก|ไลน์|ติ๊กต็อก|เทเลแกรม|ช้อปปี้|ลาซาด้า|แกร็บ|สถานทูตไทย|สถานทูตจีน|สถานเอกอัครราชทูต
""".replace("\n", "|").split("|")
TH_ORG = [w.strip() for w in TH_ORG if w.strip()]

ZH_ORG = """
公安部|公安局|派出所|外交部|中国驻泰国大使馆|中国大使馆|驻缅甸大使馆|国际刑警组织|联合国|国际移民组织|联合国毒品和犯罪问题办公室
泰国警方|泰国皇家警察|泰国移民局|缅甸军方|缅军|民地武|克伦边防军|边防军|佤联军|佤邦联合军|果敢同盟军|克伦民族联盟|若开军
中国工商银行|工商银行|中国建设银行|建设银行|中国银行|中国农业银行|农业银行|招商银行|交通银行|邮政储蓄银行|支付宝|微信
腾讯|阿里巴巴|抖音|快手|淘宝|京东|拼多多|顺丰|顺丰速运|中通|圆通|申通|韵达|币安|汇旺|汇旺支付|太子集团|亚太集团
""".replace("\n", "|").split("|")
ZH_ORG = [w.strip() for w in ZH_ORG if w.strip()]
