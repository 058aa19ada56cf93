"""The shapes press copy uses to say where an event was, one invented short article each (our
own towns and offices, none copied from an evaluation set), with the city a press officer
would put in the release: datelines, a venue with its town, trips, districts, a town named
only in an office, several towns, a region beside a town, several places at once, and an
article that never says where (None)."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.extract import extract_article

TODAY = dt.date(2024, 3, 13)

# (id, language, text, city)
SHAPES = [
    # --- datelines: the wire's town is the venue when the body tells no other -------------
    ("fr-dateline-caps-agency", "fr",
     "Installation du préfet\n\nBOUAR, 8 mars (ACAP) – Le nouveau préfet de la Nana-Mambéré a "
     "été installé jeudi dans ses fonctions par le ministre de l'Administration du territoire.",
     "Bouar"),
    ("fr-dateline-title-case-le", "fr",
     "Santé\n\nKorhogo, le 3 mars 2024 – Le ministre de la Santé a inauguré ce dimanche un "
     "nouveau centre hospitalier régional en présence des autorités préfectorales.",
     "Korhogo"),
    ("fr-dateline-caps-no-agency", "fr",
     "Visite\n\nNDOLA – Le ministre zambien des Mines a visité lundi 11 mars 2024 la fonderie "
     "de cuivre avec les représentants des syndicats.",
     "Ndola"),
    ("en-dateline-caps-country", "en",
     "New judges sworn in\n\nMBARARA, Uganda — The Chief Justice swore in three new judges "
     "of the High Court on Monday at a ceremony attended by the regional leaders.",
     "Mbarara"),
    ("en-dateline-colon", "en",
     "Credentials presented\n\nSuva: The Prime Minister received the credentials of the new "
     "High Commissioner of Australia on Tuesday.",
     "Suva"),
    ("en-dateline-title-case-colon-unlisted", "en",
     "Ministers take oath\n\nAizawl: The Governor administered the oath of office to four "
     "new ministers on Monday, March 11, 2024 at a brief ceremony.",
     "Aizawl"),
    ("en-dateline-agency-brackets", "en",
     "New minister\n\nLUSAKA (Reuters) - Zambia's President swore in a new finance minister "
     "on Friday, a week after the resignation of her predecessor.",
     "Lusaka"),
    ("en-dateline-wire-title-case", "en",
     "District office opened\n\nTamale, March 4, GNA - The Northern Regional Minister has "
     "inaugurated a new district assembly office to bring services closer to the people.",
     "Tamale"),
    ("fr-dateline-is-the-venue-with-agency-after-date", "fr",
     "Campagne cotonnière\n\nParakou, 5 mars 2024 (ABP) – Le ministre de l'Agriculture a "
     "lancé mardi la campagne cotonnière en présence des producteurs de la région.",
     "Parakou"),
    # --- a venue with its town ----------------------------------------------------------
    ("fr-palais-presidentiel-de", "fr",
     "Le chef de l'État a reçu mardi 5 mars 2024 au palais présidentiel de Gitega les lettres "
     "de créance de quatre nouveaux ambassadeurs.",
     "Gitega"),
    ("fr-prefecture-de", "fr",
     "Le nouveau secrétaire général a été installé lundi 4 mars 2024 à la préfecture de "
     "Quimper, en présence des élus du département.",
     "Quimper"),
    ("fr-hotel-de-ville-de", "fr",
     "La nouvelle maire a été installée samedi 9 mars 2024 à l'hôtel de ville de Vannes, "
     "devant le conseil municipal réuni en séance extraordinaire.",
     "Vannes"),
    ("fr-monument-aux-morts-capitalised", "fr",
     "Le nouveau sous-préfet a pris ses fonctions lundi 11 mars 2024. Il a déposé une gerbe au "
     "Monument aux Morts de Lorient en présence des anciens combattants.",
     "Lorient"),
    ("en-state-house-in", "en",
     "President Hichilema received the credentials of five ambassadors at State House in "
     "Lusaka on Wednesday, March 6, 2024.",
     "Lusaka"),
    ("en-city-hall-of-the-town", "en",
     "The new mayor took the oath of office at the Eldoret City Hall on Monday, March 4, 2024, "
     "before the county commissioner.",
     "Eldoret"),
    ("en-building-comma-town", "en",
     "The President received the new envoys at Government House, Lautoka, on Tuesday, "
     "March 12, 2024.",
     "Lautoka"),
    ("en-place-in-its-province", "en",
     "The Minister of Agriculture opened a new research station at Namulonge in Wakiso today, "
     "with the district leaders.",
     "Namulonge"),
    ("en-in-town-on-a-weekday", "en",
     "The Minister of Trade signed a cooperation agreement with his Kenyan counterpart in "
     "Kisumu on Monday.",
     "Kisumu"),
    # --- trips: the venue is where the event is, not where the traveller came from --------
    ("fr-arrive-a", "fr",
     "Le Premier ministre est arrivé mercredi 6 mars 2024 à Bertoua pour une visite de travail "
     "de deux jours dans la région de l'Est.",
     "Bertoua"),
    ("fr-en-visite-a", "fr",
     "En visite à Ziguinchor, le ministre de l'Intérieur a présidé jeudi 7 mars 2024 une "
     "réunion du comité régional de développement.",
     "Ziguinchor"),
    ("en-arrived-in", "en",
     "The Vice President arrived in Mzuzu on Thursday, March 7, 2024, for a two-day working "
     "visit to the Northern Region.",
     "Mzuzu"),
    ("en-left-x-for-y-where", "en",
     "The Foreign Minister left Lilongwe on Friday, March 8, 2024 for Blantyre, where he "
     "opened the regional trade fair.",
     "Blantyre"),
    ("fr-quitte-x-pour-y-ou", "fr",
     "Le ministre a quitté Dakar lundi 4 mars 2024 pour Kaolack, où il a inauguré une nouvelle "
     "station de pompage.",
     "Kaolack"),
    # --- a district of a town -----------------------------------------------------------
    ("fr-quartier-de-la-ville", "fr",
     "La ministre a inauguré samedi 9 mars 2024 une école dans le quartier Bastos à Yaoundé, "
     "en présence des parents d'élèves.",
     "Yaoundé"),
    ("en-district-of-the-city", "en",
     "The Minister of Health opened a new clinic in the Nakawa division of Kampala on Tuesday, "
     "March 12, 2024.",
     "Kampala"),
    # --- a town named only in an office -------------------------------------------------
    ("fr-le-maire-de-x-installe", "fr",
     "Le nouveau maire de Lorient a été installé samedi 9 mars 2024 lors de la séance du "
     "conseil municipal.",
     "Lorient"),
    ("en-town-mayor-sworn-in", "en",
     "The Mayor of Francistown, Thato Molefe, was sworn in on Monday, March 4, 2024, during a "
     "special council session.",
     "Francistown"),
    # --- several towns: the event's, the reporter's, a past trip's -----------------------
    ("fr-dateline-event-elsewhere-past-trip", "fr",
     "Formation\n\nDakar, 8 mars (APS) – Le président a inauguré vendredi à Thiès le nouveau "
     "centre de formation professionnelle. Il s'était rendu à Kaolack le mois dernier.",
     "Thiès"),
    ("en-dateline-event-elsewhere-past-trip", "en",
     "Port terminal\n\nNAIROBI, March 8 (Xinhua) -- Kenya's President on Friday opened a new "
     "port terminal in Kisumu, his office said. He was in Mombasa last month.",
     "Kisumu"),
    ("fr-dateline-act-told-in-the-next-sentence", "fr",
     "Deux gouverneurs installés\n\nBamako, 12 mars (AMAP) – Deux nouveaux gouverneurs ont "
     "été installés dans leurs fonctions, a-t-on appris mardi à Bamako. Le premier a été "
     "installé à Ségou, le second à Mopti.",
     "Ségou"),
    ("fr-mission-a-x-ou-recu", "fr",
     "Après une semaine de consultations à Paris, le ministre effectue une mission à Bujumbura, "
     "où il a été reçu lundi 11 mars 2024 par le chef de l'État.",
     "Bujumbura"),
    ("en-travelled-to-x-where-received", "en",
     "After talks in Geneva, the envoy travelled to Gitega, where he was received by the "
     "President on Monday, March 11, 2024.",
     "Gitega"),
    ("fr-an-earlier-happening-elsewhere", "fr",
     "Le Premier ministre a reçu jeudi 7 mars 2024 à la Primature une délégation du Fonds "
     "monétaire international. Cette audience intervient deux semaines après la visite du "
     "ministre des Finances à Washington.",
     None),
    ("en-an-earlier-happening-elsewhere", "en",
     "The President received a delegation of the World Bank at State House on Thursday, "
     "March 7, 2024. The meeting comes a week after the Finance Minister's talks in Paris.",
     None),
    # --- a region beside a town: a region or a country is never a town --------------------
    ("fr-ville-en-region", "fr",
     "La ministre de la Mer a inauguré lundi 11 mars 2024 le nouveau port de pêche à Lorient, "
     "en Bretagne.",
     "Lorient"),
    ("en-town-province", "en",
     "The Minister of Education opened a new university campus in Kasama, Northern Province, "
     "on Tuesday, March 12, 2024.",
     "Kasama"),
    ("fr-region-in-the-headline", "fr",
     "Normandie : le nouveau préfet prend ses fonctions\n\nLe nouveau préfet de région prend "
     "ses fonctions ce lundi 11 mars 2024 devant les élus.",
     None),
    ("en-region-in-the-headline", "en",
     "Wyoming: new state auditor sworn in\n\nThe new state auditor took the oath of office on "
     "Monday, March 11, 2024, before the justices.",
     None),
    # --- several places at once: no one town is the venue -------------------------------
    ("fr-plusieurs-communes", "fr",
     "Élections partielles\n\nLOMÉ – Des élections municipales partielles se sont tenues "
     "dimanche dans plusieurs communes du pays. À Sokodé, le candidat sortant a été réélu. "
     "À Atakpamé, une nouvelle conseillère a été élue.",
     None),
    ("en-several-municipalities", "en",
     "By-elections\n\nKAMPALA - By-elections were held on Saturday in several municipalities "
     "across the country. In Gulu, the sitting councillor was re-elected. In Jinja, a new "
     "councillor was elected.",
     None),
    # --- an article that never says where ------------------------------------------------
    ("fr-nowhere", "fr",
     "Le conseil des ministres a adopté mercredi 6 mars 2024 un projet de loi sur la "
     "protection des données personnelles.",
     None),
    ("en-nowhere", "en",
     "The Cabinet on Wednesday, March 6, 2024 approved a new policy on renewable energy, the "
     "government spokesperson said.",
     None),
    # --- Arabic: datelines, a town after a locative or a town word, trips, offices -------
    ("ar-dateline-agency-dash", "ar",
     "افتتاح مستشفى\n\nحلب - سانا : افتتح وزير الصحة اليوم الاثنين 11 مارس 2024 مستشفى "
     "جديدا للأطفال بحضور المحافظ.",
     "حلب"),
    ("ar-dateline-date-agency-slashes", "ar",
     "تنصيب عامل\n\nفاس في 4 مارس / ومع / ترأس وزير الداخلية اليوم الاثنين حفل تنصيب "
     "العامل الجديد بحضور المنتخبين.",
     "فاس"),
    ("ar-fi-madinat", "ar",
     "دشن وزير النقل يوم الثلاثاء 12 مارس 2024 في مدينة وهران محطة جديدة للقطار.",
     "وهران"),
    ("ar-bi-madinat", "ar",
     "وقع الوزيران يوم الأربعاء 6 مارس 2024 بمدينة أغادير اتفاقية للتعاون في مجال الصيد.",
     "أغادير"),
    ("ar-at-the-wilaya-seat-in", "ar",
     "جرى يوم الاثنين 4 مارس 2024 بمقر الولاية في قسنطينة تنصيب الوالي الجديد بحضور "
     "المنتخبين.",
     "قسنطينة"),
    ("ar-trip-ila", "ar",
     "وصل وزير الخارجية يوم الأحد 10 مارس 2024 إلى الخرطوم في زيارة رسمية تستغرق يومين.",
     "الخرطوم"),
    ("ar-arriving-from-x-at-y", "ar",
     "حل وزير الخارجية قادما من القاهرة يوم الأحد 10 مارس 2024 بمدينة بنغازي في زيارة عمل.",
     "بنغازي"),
    ("ar-the-capital-x", "ar",
     "استقبل رئيس الوزراء يوم الخميس 7 مارس 2024 وزير الخارجية الأردني الذي يقوم بزيارة إلى "
     "العاصمة الرباط.",
     "الرباط"),
    ("ar-credit-line-then-the-capital-undated", "ar",
     "وكالات -\nاستقبل رئيس الوزراء الليبي وزير الخارجية المغربي الذي يقوم بزيارة إلى "
     "العاصمة طرابلس.",
     "طرابلس"),
    ("ar-the-capital-undated", "ar",
     "استقبل رئيس الجمهورية وزير الخارجية الأردني الذي يقوم بزيارة إلى العاصمة نواكشوط.",
     "نواكشوط"),
    ("ar-in-the-heart-of-the-country-capital-undated", "ar",
     "في قلب العاصمة الموريتانية نواكشوط، قدم السفير الجديد نسخة من أوراق اعتماده إلى وزير "
     "الخارجية.",
     "نواكشوط"),
    ("ar-at-the-country-capital-undated", "ar",
     "وصل الوفد الوزاري إلى العاصمة الليبية طرابلس في زيارة رسمية تستغرق يومين.",
     "طرابلس"),
    ("ar-exclusive-rubric-before-the-slash", "ar",
     "افتتاح طريق\n\nعاجل / المكلا :\nتفقد وكيل محافظ عدن أعمال مشروع الطريق الجديد بحضور "
     "المهندسين.",
     "عدن"),
    ("ar-in-the-capital-x", "ar",
     "عقدت اللجنة المشتركة يوم الخميس 7 مارس 2024 اجتماعها الأول في العاصمة تونس بحضور "
     "الوزيرين.",
     "تونس"),
    ("ar-amil-ala-iqlim", "ar",
     "أشرف وزير الداخلية يوم الثلاثاء 5 مارس 2024 على تنصيب العامل الجديد على إقليم "
     "الحسيمة بحضور المنتخبين.",
     "الحسيمة"),
    ("ar-wali-li-wilayat", "ar",
     "أشرف وزير الداخلية يوم الثلاثاء 5 مارس 2024 على تنصيب محمد بن علي واليا لولاية "
     "وهران بحضور المنتخبين.",
     "وهران"),
    ("ar-nowhere", "ar",
     "صادق مجلس الوزراء يوم الأربعاء 6 مارس 2024 على مشروع قانون جديد يتعلق بالطاقات "
     "المتجددة.",
     None),
]


@pytest.mark.parametrize("language,text,city", [s[1:] for s in SHAPES],
                         ids=[s[0] for s in SHAPES])
def test_the_city_a_press_officer_would_write(language, text, city, french_nlp):
    assert extract_article(text, language, reference_date=TODAY).venue.city == city
