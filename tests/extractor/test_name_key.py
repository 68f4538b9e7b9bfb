"""One key for a body's or a place's name in French and in English (extractor.resolve)."""

from __future__ import annotations

import pytest

from extractor.kb import load_kb
from extractor.resolve import name_key


@pytest.mark.parametrize(
    ("french", "english"),
    [
        ("Banque de réserve du Vanuatu", "Reserve Bank of Vanuatu"),
        ("Administration du territoire", "Territorial Administration"),
        ("Administration territoriale", "Territorial Administration"),
        ("Direction générale des impôts", "Directorate General of Taxation"),
        ("Comité des gouverneurs des banques centrales", "Committee of Central Bank Governors"),
        ("Service historique de la Défense", "Defence Historical Service"),
        (
            "Fonds souverain d'investissements stratégiques",
            "Sovereign Fund for Strategic Investments",
        ),
        ("ministère de l’Équipement et de l’Eau", "Ministry of Equipment and Water"),
        ("Alliance mondiale des coopératives", "Global Alliance of Cooperatives"),
        ("Initiative pour les forêts de Haute-Guinée", "Upper Guinea Forest Initiative"),
        ("Plateforme de cofinancement des corridors", "Corridors Co-financing Platform"),
        ("Sous-comité d’accréditation", "Sub-Committee on Accreditation"),
        ("Conférence permanente des ministres", "Standing Conference of Ministers"),
        ("Faculté des sciences appliquées", "Faculty of Applied Sciences"),
        (
            "Direction de la recherche économique et de la monnaie",
            "Directorate of Economic Research and Money",
        ),
        ("Concertation nationale de la société civile", "National Civil Society Consultation"),
        (
            "Agence nationale pour la maîtrise de l’énergie",
            "National Agency for Energy Conservation",
        ),
        ("Fonds mondial de lutte contre le paludisme", "Global Fund to Fight Malaria"),
        ("Association des maires du Sénégal", "Association of Mayors of Senegal"),
        (
            "Bureau régional de l'OMS pour la Méditerranée orientale",
            "WHO Regional Office for the Eastern Mediterranean",
        ),
        ("Fondation Sonatel", "Sonatel Foundation"),
        ("océan Indien", "Indian Ocean"),
        ("Cluster sécurité alimentaire", "Food Security Cluster"),
        ("Conseil national du patronat du Togo", "National Employers' Council of Togo"),
        ("Parcs nationaux sud-africains", "South African National Parks"),  # a compound, split
        ("Pôle régional de la BAD", "AfDB Regional Hub"),  # a mixed-case acronym is one too
        ("Centre de recherche agronomique", "Agronomic Research Centre"),
        ("Direction de la météorologie nationale", "National Meteorological Directorate"),
        ("archipel des Bijagos", "Bijagos archipelago"),
        ("Croix-Rouge malagasy", "Malagasy Red Cross"),
        (
            "Programme d'appui au développement de l'agriculture familiale",
            "Family Farming Development Support Programme",
        ),
        (
            "Programme d'urgence de développement communautaire",
            "Emergency Community Development Programme",
        ),
        ("projet Jeunes entrepreneurs ruraux", "Young Rural Entrepreneurs project"),
        ("Direction générale du génie rural", "Directorate General of Rural Engineering"),
        (  # a known name inside, its elided article put back ("de l'Union")
            "Département des affaires économiques de la Commission de l'Union africaine",
            "Department of Economic Affairs of the African Union Commission",
        ),
        ("Caisse nationale de sécurité sociale", "National Social Insurance Fund"),
        ("Université Cheikh Anta Diop de Dakar", "Cheikh Anta Diop University of Dakar"),
        (
            "Centre d'investissement de la FAO",
            "FAO Investment Centre",
        ),
        # nationalities key as their country, in either language
        ("Agence marocaine pour l'énergie durable", "Moroccan Agency for Sustainable Energy"),
        ("Fonds koweïtien pour le développement", "Kuwait Development Fund"),
        # a French name kept as is in an English text
        ("Palais de la République", "Palais de la République"),
        ("Université de Sherbrooke", "Université de Sherbrooke"),
        # known names of several words as their ids
        ("Délégation de l'Union européenne au Togo", "Delegation of the European Union to Togo"),
        ("Ambassade d'Afrique du Sud au Togo", "Embassy of South Africa in Togo"),
        # a possessive owner is the owner; "du Centre" of a region is "Central"
        ("Bureau régional pour l'Afrique du PNUD", "UNDP's Regional Bureau for Africa"),
        (
            "Bureau régional du HCR pour l'Afrique de l'Ouest et du Centre",
            "UNHCR Regional Bureau for West and Central Africa",
        ),
        ("Palais des sports de Mahamasina", "Mahamasina Sports Palace"),
        ("Agence de développement de l'Oriental", "Oriental Development Agency"),
        # Ministries, agencies, courts, funds, hospitals, parks (not in the knowledge base)
        ("Ministère de l'Hydraulique et de l'Assainissement", "Ministry of Water and Sanitation"),
        (
            "Institut national de la statistique et de la démographie",
            "National Institute of Statistics and Demography",
        ),
        ("Agence nationale de l'aviation civile", "National Civil Aviation Agency"),
        (
            "Commission électorale nationale indépendante",
            "Independent National Electoral Commission",
        ),
        (
            "Autorité de régulation des communications électroniques et des postes",
            "Regulatory Authority for Electronic Communications and Posts",
        ),
        ("Centre hospitalo-universitaire de Treichville", "Treichville University Hospital Center"),
        ("Centre hospitalier universitaire de Kara", "Kara University Hospital Centre"),
        ("Centre de génomique de Wits", "Wits Genomics Centre"),
        (
            "Faculté des sciences juridiques et politiques",
            "Faculty of Legal and Political Sciences",
        ),
        ("Caisse nationale de sécurité sociale", "National Social Security Fund"),
        ("Office national des eaux et forêts", "National Office of Water and Forests"),
        (
            "Direction générale du Trésor et de la Comptabilité publique",
            "Directorate-General of the Treasury and Public Accounting",
        ),
        (
            "Ministère de l'Enseignement supérieur et de la Recherche scientifique",
            "Ministry of Higher Education and Scientific Research",
        ),
        (
            "Ministère de la Femme, de la Famille et de l'Enfant",
            "Ministry of Women, Family and Children",
        ),
        ("Aire marine protégée de Bamboung", "Bamboung Marine Protected Area"),
        ("Conseil supérieur de la magistrature", "Superior Council of the Judiciary"),
        ("Cour constitutionnelle du Bénin", "Constitutional Court of Benin"),
        ("Fonds d'entretien routier", "Road Maintenance Fund"),
        (
            "Chambre de commerce et d'industrie du Cameroun",
            "Chamber of Commerce and Industry of Cameroon",
        ),
        ("Centre national de transfusion sanguine", "National Blood Transfusion Centre"),
        ("Programme élargi de vaccination", "Expanded Program on Immunization"),
        ("Facilité élargie de crédit", "Extended Credit Facility"),
        (
            "Ministère de l'Administration territoriale et de la Décentralisation",
            "Ministry of Territorial Administration and Decentralization",
        ),
        (
            "Direction générale de la sécurité intérieure",
            "General Directorate for Internal Security",
        ),
        (
            "Ministère des Ressources animales et halieutiques",
            "Ministry of Animal and Fisheries Resources",
        ),
        (
            "Autorité de régulation des télécommunications",
            "Telecommunications Regulatory Authority",
        ),
        ("Région de l'Extrême-Nord", "Far North Region"),
        # nouns as adjectives in English, plurals in French
        ("Conseil norvégien pour les réfugiés", "Norwegian Refugee Council"),
        ("Organisation des producteurs de coton", "Cotton Producers Organisation"),
        # phrases read as other words
        ("Société nationale des chemins de fer", "National Railway Company"),
        ("Programme national de lutte contre le paludisme", "National Malaria Control Programme"),
        ("Autorité de régulation des marchés publics", "Public Procurement Regulatory Authority"),
        ("Ministère de la Fonction publique", "Ministry of the Civil Service"),
        ("Haut Conseil des collectivités territoriales", "High Council of Local Authorities"),
        ("Agence nationale de l'état civil", "National Civil Registration Agency"),
        ("Fédération nationale des éleveurs", "National Federation of Livestock Farmers"),
        (
            "Ministère de l'Urbanisme, de l'Habitat et de l'Hygiène publique",
            "Ministry of Urban Planning, Housing and Public Hygiene",
        ),
        # adjectives and nouns of one domain alike
        ("Office national des forêts", "National Forestry Office"),
        (
            "Programme d'appui à la transformation de l'agriculture",
            "Agricultural Transformation Support Programme",
        ),
        ("Comité national de coordination", "National Coordinating Committee"),
        ("Ministère de la Promotion de la femme", "Ministry for the Advancement of Women"),
        ("Projet de développement des chaînes de valeur", "Value Chain Development Project"),
        (
            "Initiative pour la transparence dans les industries extractives",
            "Extractive Industries Transparency Initiative",
        ),
        ("Hôpital général de référence", "General Referral Hospital"),
        ("Ministère des Transports terrestres", "Ministry of Land Transport"),
        # a French "commission" is often an English "committee"
        ("Commission des arbitres de la CAF", "CAF Referees Committee"),
        (
            "commission des finances de l'Assemblée nationale",
            "Finance Committee of the National Assembly",
        ),
        # a body's board, by any of its names
        ("Conseil d'administration du FMI", "Executive Board of the IMF"),
        ("Conseil d’administration de la BOAD", "BOAD Board of Directors"),
        (
            "Conseil des administrateurs de la Banque mondiale",
            "World Bank Board of Executive Directors",
        ),
        ("Conseil des gouverneurs de la BAsD", "Board of Governors of the Asian Development Bank"),
        (
            "Conseil d'administration du Groupe de la Banque africaine de développement",
            "Board of Directors of the African Development Bank Group",
        ),
        ("Conseil exécutif de l'Union africaine", "African Union Executive Council"),
        # regional offices: compass adjectives are their nouns, coordinations kept
        (
            "Bureau régional du PAM pour l'Afrique de l'Ouest et du Centre",
            "WFP Regional Bureau for Western and Central Africa",
        ),
        (
            "Bureau régional de l'UNICEF pour l'Afrique orientale et australe",
            "UNICEF Eastern and Southern Africa Regional Office",
        ),
        (
            "Équipe d'appui régionale de l'ONUSIDA pour l'Afrique de l'Ouest et du Centre",
            "UNAIDS Regional Support Team for West and Central Africa",
        ),
        ("Comité consultatif national d'éthique", "National Consultative Ethics Committee"),
        (
            "Agence malienne pour le développement de l'énergie domestique et "
            "l'électrification rurale",
            "Malian Agency for the Development of Domestic Energy and Rural Electrification",
        ),
        # a feature noun names no place alone ("Le Cap" is Cape Town)
        ("cap Bon", "Cap Bon"),
        ("mont Faron", "Mont Faron"),
        ("Cour des comptes", "Court of Auditors"),
        ("Ministère de la Justice, garde des Sceaux", "Ministry of Justice, Keeper of the Seals"),
        ("Conseil supérieur de la magistrature", "Superior Council of the Magistracy"),
        (
            "Agence nationale de la sécurité sanitaire de l'alimentation",
            "National Agency for Food Safety",
        ),
        ("Centre hospitalier universitaire de Fann", "Fann University Hospital"),
        (
            "Haute Autorité de lutte contre la corruption",
            "High Authority for the Fight against Corruption",
        ),
        (
            "Ministère de la Femme, de la Famille et de la Protection de l'enfant",
            "Ministry of Women, Family and Child Protection",
        ),
        ("Union nationale des commerçants", "National Union of Traders"),
        (
            "Direction générale des impôts et des domaines",
            "Directorate General of Taxes and Domains",
        ),
        ("Direction nationale des impôts", "National Tax Directorate"),  # taxes: tax
        ("Hôpital de la mère et de l'enfant", "Mother and Child Hospital"),
        # a "trade union" is a "syndicat"
        (
            "Confédération syndicale internationale - Afrique",
            "International Trade Union Confederation - Africa",
        ),
    ],
)
def test_a_name_and_its_translation_share_a_key(french: str, english: str) -> None:
    kb = load_kb()
    assert name_key(french, "fr", kb) == name_key(english, "en", kb) is not None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Banque centrale du Congo", "Banque centrale du Mali"),  # two countries
        ("Bureau régional de l'OMS pour l'Afrique", "Bureau régional de l'UNICEF pour l'Afrique"),
        ("Conseil national du patronat", "Conseil national de la jeunesse"),
        ("Ministère de la Santé", "Ministère des Finances"),
        ("Direction générale des impôts", "Direction générale des douanes"),
        # an adjective and its opposite, two levels of education, two faculties
        (
            "Direction générale de la sécurité intérieure",
            "Direction générale de la sécurité extérieure",
        ),
        ("Ministère de l'Enseignement primaire", "Ministère de l'Enseignement supérieur"),
        ("Faculté de droit", "Faculté de médecine"),
        # two nationalities
        ("Agence marocaine de presse", "Agence tunisienne de presse"),
        ("Pôle emploi", "Polish Employment Office"),  # "Pôle" is no Pole
        # a body's board is not its board of governors, nor the body
        ("Conseil d'administration de la BAD", "Conseil des gouverneurs de la BAD"),
        ("Conseil d'administration de la BOAD", "Banque ouest-africaine de développement"),
        # a region and a country; two regions of one continent
        (
            "Banque de développement de l'Afrique australe",
            "Banque de développement d'Afrique du Sud",
        ),
        (
            "Bureau régional du HCR pour l'Afrique de l'Ouest et du Centre",
            "Bureau régional du HCR pour l'Afrique orientale et australe",
        ),
    ],
)
def test_different_bodies_keep_different_keys(a: str, b: str) -> None:
    kb = load_kb()
    assert name_key(a, "fr", kb) != name_key(b, "fr", kb)


def test_one_word_names_have_no_key() -> None:
    assert name_key("Sonatel", "fr", load_kb()) is None


def test_an_english_text_s_french_name_keys_as_its_translation() -> None:
    kb = load_kb()
    assert name_key("Palais de la République", "en", kb) == name_key(
        "Palace of the Republic", "en", kb
    )


def test_a_french_name_with_no_article_keys_alike_in_both_texts() -> None:
    kb = load_kb()
    assert name_key("Palais Rénovation", "en", kb) == name_key("Palais Rénovation", "fr", kb)


@pytest.mark.parametrize(
    ("french", "english"),
    [
        (
            "ministère de l'Environnement, du Développement durable et de la Transition écologique",
            "Ministry of Environment, Sustainable Development and Ecological Transition",
        ),
        (
            "ministère de la Transition énergétique et du Développement durable",
            "Ministry of Energy Transition and Sustainable Development",
        ),
        (
            "ministère de la Santé et de la Prévoyance sociale",
            "Ministry of Health and Social Welfare",
        ),
        (
            "ministère des Forêts, de la Pêche et de l'Environnement",
            "Ministry of Forestry, Fisheries and the Environment",
        ),
        ("ministère de l'Intérieur", "Ministry of the Interior"),
        ("ministère des Affaires intérieures", "Ministry of Home Affairs"),
        (
            "ministère de l'Économie, des Finances et de la Prospective",
            "Ministry of Economy, Finance and Foresight",
        ),
        (
            "ministère de l'Enseignement supérieur et de la Recherche scientifique",
            "Ministry of Higher Education and Scientific Research",
        ),
        (
            "ministère des Collectivités territoriales, de l'Aménagement et du Développement "
            "des territoires",
            "Ministry of Local Authorities, Planning and Territorial Development",
        ),
        ("ministère de la Famille et des Solidarités", "Ministry of Family and Solidarity"),
        (
            "ministère de l'Agriculture, de la Souveraineté alimentaire et de l'Élevage",
            "Ministry of Agriculture, Food Sovereignty and Livestock",
        ),
        (
            "ministère de l'Agriculture, du Développement rural et des Productions vivrières",
            "Ministry of Agriculture, Rural Development and Food Production",
        ),
        ("ministère du Transport", "Ministry of Transportation"),
        (
            "ministère de l'Agriculture, de la Pêche maritime, du Développement rural et des "
            "Eaux et Forêts",
            "Ministry of Agriculture, Maritime Fisheries, Rural Development, Water and Forests",
        ),
        ("ministère des Transports", "Ministry of Transport"),
        (
            "ministère de la Fonction publique, du Travail et du Dialogue social",
            "Ministry of the Civil Service, Labour and Social Dialogue",
        ),
        (
            "ministère du Travail et de la Fonction publique",
            "Ministry of Labour and Public Service",
        ),
        (
            "Ministère de la Communication, des Télécommunications et du Numérique",
            "Ministry of Communication, Telecommunications and Digital Affairs",
        ),
        ("ministère des Affaires sociales", "Ministry of Social Affairs"),
        ("ministère de l'Alimentation et de l'Agriculture", "Ministry of Food and Agriculture"),
    ],
)
def test_a_ministry_has_one_key_in_both_languages(french: str, english: str) -> None:
    from extractor.relate import ministry_key

    assert ministry_key(french, "fr") == ministry_key(english, "en") is not None


def test_both_languages_know_the_same_ministry_portfolios() -> None:
    from extractor.lang import get_lang_data

    french, english = (set(get_lang_data(lang).MINISTRY_DOMAINS.values()) for lang in ("fr", "en"))
    assert french - english == set()
    assert english - french <= {"revenue"}  # "Revenue" ministries have no usual French name


@pytest.mark.parametrize(
    ("french", "english"),
    [
        ("Centre régional africain", "Africa Regional Centre"),  # a continent's adjective
        ("Conseil de la Région de l'Oriental", "Oriental Regional Council"),  # région = regional
        ("Bureau européen de liaison", "Europe Liaison Office"),
    ],
)
def test_place_adjectives_and_regional_words_key_alike(french: str, english: str) -> None:
    kb = load_kb()
    assert name_key(french, "fr", kb) == name_key(english, "en", kb) is not None


def test_an_acronym_the_article_ties_to_a_body_keys_as_that_body() -> None:
    kb = load_kb()
    # "BID" alone is ambiguous (Islamic or Inter-American Development Bank): the
    # article that defines it settles which one
    defined = {"BID": "Q41230"}
    assert name_key("Groupe de la BID", "fr", kb, defined) == name_key("IsDB Group", "en", kb)
    assert name_key("Groupe de la BID", "fr", kb) != name_key("IsDB Group", "en", kb)


def test_a_unit_named_without_its_owner_keys_as_the_unit_named_with_it() -> None:
    from extractor.resolve import unit_key

    kb = load_kb()
    assert f"org:{unit_key('Pôle régional', 'Q41230', 'fr', kb)}" == "org:" + str(
        name_key("IsDB Regional Hub", "en", kb)
    )
    assert unit_key("Pôle régional", "Q41230", "fr", kb) != unit_key(
        "Pôle régional", "Q19033", "fr", kb
    )


def test_the_treasury_is_a_country_s_as_its_ministries_are() -> None:
    from extractor.relate import ministry_key

    assert ministry_key("Trésor", "fr") == ministry_key("Treasury", "en") == "treasury"
    assert ministry_key("Trésor public du Mali", "fr") is None


def test_a_ministry_s_key_reads_past_a_leading_adjective() -> None:
    from extractor.relate import ministry_key

    assert ministry_key("Federal Ministry of Finance", "en") == ministry_key(
        "ministère fédéral des Finances", "fr"
    )
    assert ministry_key("ministère du Cadre de vie", "fr") == ministry_key(
        "Ministry of Living Environment", "en"
    )


def test_a_minister_s_title_names_only_portfolios_or_not() -> None:
    from extractor.relate import only_portfolios, portfolios

    assert portfolios("ministère de l'Économie, du Plan et de l'Intégration", "fr")[:1] == [
        "economy"
    ]
    assert only_portfolios("de la Santé publique", "fr")
    assert not only_portfolios("of Education and Merit", "en")  # "Merit" is no portfolio


@pytest.mark.parametrize(
    ("french", "english"),
    [
        ("Ambassade de France au Sénégal", "French Embassy in Senegal"),
        (
            "Délégation de l'Union européenne au Sénégal",
            "Delegation of the European Union to Senegal",
        ),
    ],
)
def test_an_embassy_keys_as_its_sending_and_host_countries(french: str, english: str) -> None:
    from extractor.resolve import embassy_key

    kb = load_kb()
    assert embassy_key(french, kb) == embassy_key(english, kb) is not None


def test_an_embassy_s_key_keeps_which_country_sends_and_which_hosts() -> None:
    from extractor.resolve import embassy_id, embassy_key

    kb = load_kb()
    algeria_in_tunisia = embassy_key("Ambassade d'Algérie en Tunisie", kb)
    assert algeria_in_tunisia != embassy_key("Ambassade de Tunisie en Algérie", kb)
    # an ambassador's embassy ("ambassadrice d'Algérie en Tunisie") gets the same id
    algeria, tunisia = kb.lookup("Algérie"), kb.lookup("Tunisie")
    assert algeria is not None and tunisia is not None
    assert embassy_id(algeria, tunisia) == algeria_in_tunisia


def test_food_production_is_a_portfolio_in_both_languages() -> None:
    from extractor.relate import ministry_key

    assert ministry_key(
        "ministère de l'Agriculture, du Développement rural et des Productions vivrières", "fr"
    ) == ministry_key("Ministry of Agriculture, Rural Development and Food Production", "en")


@pytest.mark.parametrize(
    ("french", "english"),
    [
        ("29e Conférence des Parties", "29th Conference of the Parties"),
        ("10ème Forum mondial de l'eau", "10th World Water Forum"),
        ("1er Sommet Afrique-Caraïbes", "1st Africa-Caribbean Summit"),
    ],
)
def test_an_ordinal_keys_as_its_number_in_both_languages(french: str, english: str) -> None:
    kb = load_kb()
    assert name_key(french, "fr", kb) == name_key(english, "en", kb) is not None


def test_a_small_scale_programme_keys_alike_in_both_languages() -> None:
    kb = load_kb()
    french = name_key("Programme national d'irrigation à petite échelle", "fr", kb)
    assert french == name_key("National Small-Scale Irrigation Programme", "en", kb)


def test_disaster_risk_management_keys_alike_in_both_languages() -> None:
    from extractor.relate import ministry_key

    fr = ministry_key("ministère de l'Action humanitaire et de la Gestion des catastrophes", "fr")
    en = ministry_key("Ministry of Humanitarian Action and Disaster Management", "en")
    assert fr == en == "ministry-action-disaster-humanitarian-management"
    assert ministry_key("Ministry of Disaster Risk Management", "en") == ministry_key(
        "ministère de la Gestion des risques de catastrophe", "fr"
    )


def test_a_known_body_s_one_word_name_keys_as_its_id_as_its_acronym_does() -> None:
    kb = load_kb()
    fr = name_key("Secrétariat du Commonwealth", "fr", kb)
    assert fr == name_key("Commonwealth Secretariat", "en", kb) == "q7785-secretariat"
    assert name_key("Centre régional", "fr", kb) == name_key("Regional Centre", "en", kb)


def test_free_movement_keys_alike_in_both_languages() -> None:
    kb = load_kb()
    fr = name_key("Direction de la Libre circulation", "fr", kb)
    assert fr == name_key("Directorate of Free Movement", "en", kb) == "directorate-free-movement"


def test_a_country_named_with_its_elided_article_keys_as_the_country() -> None:
    """ "Côte d'Ivoire" inside a name is the country, as "Mali" is: "Orange Côte
    d'Ivoire" keys as Orange of Q1008, and an office "for Côte d'Ivoire" is the body's
    office in that country."""
    kb = load_kb()
    assert name_key("Orange Côte d'Ivoire", "en", kb) == "orange-q1008"
    assert name_key("Chambre de commerce et d’industrie de Côte d’Ivoire", "fr", kb) == (
        "chamber-industry-q1008-trade"
    )
    assert name_key("ILO Country Office for Côte d'Ivoire", "en", kb) == "office-q54129-q1008"
