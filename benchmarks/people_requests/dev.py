"""DEV cases: requests as people type them, on the DEV documents only. Open to read and to tune against."""

from __future__ import annotations

import colorsys

from .checks import (
    Case,
    Check,
    Targets,
    all_of,
    any_of,
    blank_page_at_end,
    body_paragraphs,
    body_texts_are,
    bulleted,
    cell_is,
    cell_text,
    cells_fmt,
    cells_para,
    chars_in_paras,
    click,
    color_family,
    every_char,
    every_para,
    fmt,
    has_text,
    insert_table,
    keys,
    lacks_text,
    more_indented,
    new_table,
    numbered,
    page_break_between,
    para,
    para_text_is,
    paras_all,
    select,
    select_cells,
    select_table,
    table_rows,
    tables,
    unchanged,
    value,
)
from .documents import (
    AUD_ACCESS,
    AUD_BRING,
    AUD_CAST,
    AUD_COMMIT,
    AUD_CONTACT,
    AUD_LEARN,
    AUD_PARTS,
    AUD_REHEARSALS,
    AUD_SCHEDULE,
    BAKE_ALLERGENS,
    BAKE_DELIVERY,
    BAKE_LOCK_BOX,
    BAKE_ORDER,
    BAKE_PAYMENT,
    BAKE_STEPS,
    BAKE_VAN,
    BEACH_BULLETS,
    BEE_BRING,
    BEE_FEE,
    BEE_INTRO,
    BEE_KIT,
    BEE_MENTOR,
    BEE_SESSIONS,
    BEE_STEPS,
    BEE_STING_RULE,
    BELL_CAPTAIN,
    BELL_INTRO,
    BELL_LEARN,
    BELL_MUFFLED,
    BELL_OUTING,
    BELL_PEALS,
    BELL_ROTA,
    BELL_SAFETY,
    BELL_SUBS,
    BIKE_NOTE,
    BIKE_NOTES,
    BIKE_PARTS,
    BIKE_PAY,
    BIKE_REPORTED,
    BIKE_SHOP,
    BIKE_VAT,
    BIKE_WORK,
    BNB_ADDRESS,
    BNB_BREAKFAST,
    BNB_OFFERS,
    BNB_ROOMS,
    BONF_FOOD,
    BONF_INTRO,
    BONF_ORGANISER,
    BONF_PARKING,
    BONF_PROGRAMME,
    BONF_SAFETY,
    BONF_TICKETS,
    BONF_TITLE,
    BONF_WIND,
    BOOK_HELLO,
    BOOK_LIST,
    BOOK_NOTE,
    BOOK_PS,
    BOOK_STEPS,
    BOOK_SUGGEST,
    BOOK_TEA,
    BOOK_WHEN,
    BOOK_WHERE,
    CAFE_BREAKFAST,
    CAFE_CAKES,
    CAFE_COFFEE,
    CAFE_DRINKS,
    CAFE_INTRO,
    CAFE_LUNCH,
    CAFE_LUNCH_INTRO,
    CAFE_NOTE,
    CAFE_PS,
    CAFE_WHERE,
    CAMP_ABOUT,
    CAMP_BEFORE,
    CAMP_COST,
    CAMP_KIT,
    CAMP_KIT_INTRO,
    CAMP_MEDS,
    CAMP_PHONES,
    CAMP_PROG,
    CAMP_PROG_NOTE,
    CAMP_TRAVEL,
    CAMP_WHERE,
    CARAVAN_EXTRAS,
    CARAVAN_HOOKUP,
    CARAVAN_LINE,
    CARAVAN_NOTE,
    CARAVAN_PRICES,
    CARAVAN_PRICES_NOTE,
    CARAVAN_RECEPTION,
    CARAVAN_RULES,
    CARAVAN_WELCOME,
    CARE_ACT_NOTE,
    CARE_ACTIVITIES,
    CARE_EXTRAS,
    CARE_INTRO,
    CARE_MEETING,
    CARE_MINIBUS,
    CARE_RULES,
    CARE_TITLE,
    CARE_VISIT,
    CHOIR_CONCERT,
    CHOIR_DAY,
    CHOIR_PLAN,
    CHOIR_PS,
    CHOIR_SUBS,
    CHOIR_WEAR,
    CHOIR_WELCOME,
    CHOIR_WHEN,
    CHOIR_WHERE,
    CHOIR_WORDS,
    CLUBS_COSTS,
    CLUBS_INTRO,
    CLUBS_PAY,
    CLUBS_TIMETABLE,
    CODE_BRING,
    CODE_COSTS,
    CODE_LINE,
    CODE_NEWBIES,
    CODE_PAYMENT,
    CODE_SHOW,
    CODE_SIGN_OFF,
    CODE_STEPS,
    CODE_TITLE,
    CODE_WEEK_NOTE,
    COTTAGE_BULLETS,
    COTTAGE_INTRO,
    COTTAGE_PLACES,
    CRAFT_BRING,
    CRAFT_CAFE,
    CRAFT_FEES,
    CRAFT_INSURANCE,
    CRAFT_PITCHES,
    CRAFT_SETUP,
    CRAFT_TIMES,
    CRAFT_WELCOME,
    CRAFT_WHERE,
    DATA_DAY,
    DENT_AFTER,
    DENT_CANCEL,
    DENT_CONTACT,
    DENT_FEES,
    DENT_QUESTIONS,
    DENT_STEPS,
    DRIVE_BRING,
    DRIVE_CANCEL,
    DRIVE_PICKUP,
    DRIVE_PLAN,
    DRIVE_PLAN_NOTE,
    DRIVE_PRICES,
    DRIVE_PRICES_NOTE,
    DRIVE_THEORY,
    FILM_AGM,
    FILM_HELP,
    FILM_LATE_RULE,
    FILM_LINE,
    FILM_SEASON,
    FILM_SECRETARY,
    FILM_STEPS,
    FILM_TICKETS,
    FILMS,
    FLOR_BOUQUET,
    FLOR_CONTACT,
    FLOR_DAY,
    FLOR_INCLUDED,
    FLOR_ITEMS,
    FLOR_NOTE,
    FLOR_RING,
    FLOR_STEPS,
    FLOR_THANKS,
    FUND_COMING,
    FUND_GIFT_AID,
    FUND_IMPORTANT,
    FUND_INTRO,
    FUND_PAYS,
    FUND_TABLE,
    FUND_THANKS,
    GALA_BRING,
    GALA_EVENTS,
    GALA_HEATS,
    GALA_IMPORTANT,
    GALA_INTRO,
    GALA_PS,
    GALA_SPECTATORS,
    GALA_STEPS,
    GALA_THANKS,
    GALA_WARMUP,
    GARDEN_GUARANTEE,
    GARDEN_ORDER,
    GARDEN_ORDER_NOTE,
    GARDEN_SIGN,
    GARDEN_SPACING,
    GARDEN_STEPS,
    GARDEN_TIPS,
    GP_BOOKING,
    GP_COVID,
    GP_FLU,
    GP_HOURS,
    GP_HOURS_INTRO,
    GP_IMPORTANT,
    GP_PRESCRIPTIONS,
    GP_WELCOME,
    GP_WHO,
    GROOM_ADDRESS,
    GROOM_BOOKING,
    GROOM_EXTRAS,
    GROOM_INTRO,
    GROOM_NOTE,
    GROOM_OPEN,
    GROOM_PRICES,
    GROOM_SIZES,
    GROOM_VACCS,
    GYM_ADDRESS,
    GYM_CANCEL,
    GYM_CLASSES,
    GYM_INDUCTION,
    GYM_LOCKERS,
    GYM_PRICES,
    GYM_PRICES_NOTE,
    GYM_RULES,
    GYM_STEPS,
    HALL_CHARGES,
    HALL_CONDITIONS,
    HALL_INTRO,
    HIRE_ADDRESS,
    HIRE_CARE,
    HIRE_LATE,
    HIRE_RATES,
    HIRE_SIGN,
    HIRE_WAIVER,
    HIST_ARCHIVE,
    HIST_EVENTS,
    HIST_JOIN,
    HIST_MEMBERS,
    HIST_TALKS,
    HIST_WEATHER,
    HOG_GARDEN,
    HOG_HURT,
    HOG_INTRO,
    HOG_KIT,
    HOG_NESTS,
    HOG_PICKUP,
    HOG_RECORDS,
    HOG_RESULTS,
    HOG_STEPS,
    HOG_TITLE,
    HOUSE_BILLS,
    HOUSE_BILLS_NOTE,
    HOUSE_EXEMPT,
    HOUSE_LINE,
    HOUSE_PAY,
    HOUSE_RECYCLE,
    HOUSE_ROTA,
    HOUSE_RULES,
    HOUSE_STEPS,
    INV_ABOUT,
    INV_DAMAGE,
    INV_KEY,
    INV_KEYS,
    INV_METERS,
    INV_NOTE,
    INV_ROOMS,
    KNIT_COMING,
    KNIT_MEETS,
    KNIT_NEEDLES,
    KNIT_PATTERNS,
    LAB_REAGENTS,
    LAB_STEPS,
    LOG_ACCESS,
    LOG_ADDRESS,
    LOG_COSTS,
    LOG_DAMP,
    LOG_FUND,
    LOG_REPAIRS,
    LOG_REPORT,
    LOG_THANKS,
    MATCH_NOTE,
    MATCH_POTM,
    MATCH_REMINDERS,
    MATCH_RESULTS,
    MATCH_STORY,
    MATCH_TALLY,
    MOB_BORROW,
    MOB_CASH,
    MOB_CHARGES_NOTE,
    MOB_INTRO,
    MOB_LINE,
    MOB_ORDER,
    MOB_STAFF,
    MOB_STOPS,
    MOB_WEATHER,
    MOVE_CONTACT,
    MOVE_COSTS,
    MOVE_DAY,
    MUSEUM_ALARM,
    MUSEUM_GALLERIES,
    MUSEUM_IMPORTANT,
    MUSEUM_LIGHTS,
    MUSEUM_ON,
    MUSEUM_PS,
    MUSEUM_ROTA,
    MUSEUM_SWAPS,
    MUSEUM_THANKS,
    NEWS_DATES,
    NEWS_REMINDERS,
    NURSERY_ADDRESS,
    NURSERY_CATERPILLARS,
    NURSERY_DATES,
    NURSERY_FEES,
    NURSERY_FUNDED,
    NURSERY_INTRO,
    NURSERY_LEAVERS,
    NURSERY_NO_PARKING,
    NURSERY_STAFF,
    NURSERY_SUN,
    ORCH_BRING,
    ORCH_DOGS,
    ORCH_GRAFT,
    ORCH_INTRO,
    ORCH_OLD,
    ORCH_PLAN,
    ORCH_PLAN_NOTE,
    ORCH_RULES,
    ORCH_SCIONS,
    ORCH_SIGN_OFF,
    ORCH_TITLE,
    ORCH_WHEN,
    PARK_BLUE,
    PARK_INTRO,
    PARK_PERMITS,
    PARK_PLATES,
    PARK_PROPOSAL,
    PARK_STEPS,
    PARK_STREETS,
    PARK_TITLE,
    PE_ABOUT,
    PE_BEFORE,
    PE_BOOKING,
    PE_CANT,
    PE_NIGHT,
    PE_PARKING,
    PE_SLOTS,
    PE_TABLES,
    PE_WHEN,
    PIANO_CHARGES,
    PIANO_CONTACT,
    PIANO_PAY,
    PIANO_TERMS,
    PIANO_THANKS,
    POSSET_STEPS,
    PROM_INTRO,
    PROM_MONEY,
    PROM_ON_SALE,
    PROM_ORDER,
    PROM_ORDER_NOTE,
    PROM_RULES,
    PROM_STEPS,
    PROM_TICKETS,
    PROM_TITLE,
    QUIZ_NEXT,
    QUIZ_PRIZES,
    QUIZ_PUB,
    QUIZ_R1,
    QUIZ_R2,
    QUIZ_R3,
    QUIZ_RULES,
    QUIZ_SCORES,
    QUIZ_TIE,
    RACE_KIT,
    RACE_NOTE,
    RACE_PBS,
    RACE_REMINDERS,
    RACE_TOP,
    RAIL_ADMISSION,
    RAIL_CASH,
    RAIL_JOIN,
    RAIL_KIDS,
    RAIL_LAYOUTS,
    RAIL_RULES,
    RAIL_TIMES,
    RAIL_TRADERS,
    RAIL_TRADERS_NOTE,
    RAIL_WELCOME,
    RENT_POINTS,
    REPAIR_DATES,
    REPAIR_DATES_NOTE,
    REPAIR_FIXERS,
    REPAIR_INTRO,
    REPAIR_LINE,
    REPAIR_NAME,
    REPAIR_NO,
    REPAIR_STEPS,
    REPAIR_STICKER,
    REPAIR_VOLUNTEER,
    RIVER_BRING,
    RIVER_INTRO,
    RIVER_KIT,
    RIVER_LINE,
    RIVER_MEET,
    RIVER_SOUP,
    RIVER_STEPS,
    RIVER_STRETCHES,
    RIVER_WADERS_RULE,
    ROTA_DATES,
    ROTA_JOBS,
    ROTA_KEYS,
    ROTA_REFUND,
    ROTA_SAFETY,
    ROTA_SUPPLIES,
    ROTA_THANKS,
    ROTA_TIPS,
    SHOP_ADDRESS,
    SHOP_CANT,
    SHOP_CLOSED,
    SHOP_FORMS,
    SHOP_GIFT_AID,
    SHOP_REMIND,
    SHOP_ROTA,
    SHOP_TAKINGS,
    SHOW_CLASSES,
    SHOW_ENTRIES,
    SHOW_NOTE,
    SHOW_PRIZES,
    SHOW_RULES,
    SIT_AWAY,
    SIT_BINS,
    SIT_EMERGENCY,
    SIT_FEED,
    SIT_FOOD,
    SIT_FRIDGE,
    SIT_HENS,
    SIT_KEYS,
    SIT_PLANTS,
    SIT_THANKS,
    SPORT_BRING,
    SPORT_FEEDS,
    SPORT_FEEDS_NOTE,
    SPORT_ROUTES,
    SPORT_ROUTES_NOTE,
    SPORT_SINGLE_FILE,
    SPORT_STEPS,
    SPORT_WHEN,
    SPORTS_BRING,
    SPORTS_HOUSES,
    SPORTS_LINE,
    SPORTS_MORNING,
    SPORTS_ORGANISER,
    SPORTS_PACKED,
    SPORTS_RESERVE,
    SPORTS_TEA,
    SPORTS_WATCHING,
    SWEEP_AREAS,
    SWEEP_ARRIVE,
    SWEEP_BIRDS,
    SWEEP_CONTACT,
    SWEEP_GET,
    SWEEP_INTRO,
    SWEEP_NAME,
    SWEEP_PRICES,
    SWEEP_STEPS,
    SWEEP_TITLE,
    TAXC_ADDRESS,
    TAXC_DATES,
    TAXC_FINE,
    TAXC_NEED,
    TAXC_SEND,
    TAXC_THANKS,
    TENNIS_AVAIL,
    TENNIS_BRING,
    TENNIS_CLUB,
    TENNIS_DAY,
    TENNIS_FIXTURES,
    TENNIS_INTRO,
    TENNIS_NOTE,
    TENNIS_RAIN,
    TENNIS_TEA,
    UNIF_AUGUST,
    UNIF_EXCHANGES,
    UNIF_HELP,
    UNIF_INTRO,
    UNIF_LINE,
    UNIF_LOST,
    UNIF_MANAGER,
    UNIF_PRICES,
    UNIF_PRICES_NOTE,
    UNIF_RAIL,
    UNIF_SIGN_OFF,
    UNIF_STEPS,
    UNIF_TITLE,
    VET_ADDRESS,
    VET_BOOK,
    VET_DUE,
    VET_DUE_LIST,
    VET_LAPSE,
    VET_NOTE,
    VET_PRICES,
    VET_PRICES_TITLE,
    VET_PS,
    WALKS,
    WALKS_ASK,
    WALKS_FIRST_AID,
    WALKS_INTRO,
    WALKS_KIT,
    WALKS_MEMBERSHIP,
    WALKS_NOTE,
    WALKS_PETROL,
    WALKS_SECRETARY,
    WALKS_SOCIAL,
    WALKS_STEPS,
    WEDDING_DAY,
    WEDDING_DIET,
    WEDDING_DRESS,
    WEDDING_GIFTS,
    WEDDING_PS,
    WEDDING_RSVP,
    WEDDING_TRAVEL,
    WINT_DARK,
    WINT_HILLS,
    WINT_INTRO,
    WINT_KIT,
    WINT_LINE,
    WINT_SESSIONS,
    WINT_SESSIONS_NOTE,
    WINT_SOCIAL,
    WINT_WEATHER,
)

ROSTER = [["Name", "Shift", "Phone"], ["Priya Shah", "9:00 to 12:00", "07700 900123"],
          ["Marcus Lee", "12:00 to 15:00", "07700 900456"], ["Hannah Cole", "9:00 to 12:00", "07700 900789"],
          ["Joe Adeyemi", "15:00 to 18:00", "07700 900321"]]
BUDGET = ("The budget for the move is 18,500 pounds, which covers the removal firm, new desks and two weeks of "
          "storage.")
SALT = "With salt added to the water, a faint smell of Cl2 appeared near the anode."
QUESTIONS = "Questions about the move go to the facilities desk on extension 4410."
PACKING_WITHOUT_SUN_CREAM = [
    "Packing List for Lisbon", "Flight on Friday at 7:40, so pack the night before.", "Passport and boarding passes",
    "Phone charger and travel adapter", "Two pairs of walking shoes", "Light rain jacket", "Before we leave",
    "Water the plants", "Lock the back door and set the alarm", "Anything that does not fit goes in the hand luggage."]
MINUTES = [["Action", "Owner", "Due"], ["Book the bouncy castle", "Priya", "1 May"],
           ["Print raffle tickets", "Tom", "20 April"], ["Ask local shops for prizes", "Grace", "15 April"]]
SPEC = [["Feature", "Value"], ["Weight", "1.4 kg"], ["Packed size", "45 x 15 cm"], ["Poles", "Aluminium"],
        ["Price", "189 euros"]]
OUTLINE = ("The night sky and constellations", "The solar system", "Stars and their life cycles",
           "Galaxies and the universe")
STEPS = ("Pupils label a diagram", "In pairs, they match", "Each pair explains")
ORDER = [["Item", "Qty", "Price"], ["The Silent Coast", "1", "12.99"], ["Maps of Home", "2", "17.50"],
         ["Bookmark set", "1", "3.00"]]
SALES = [["Region", "Q1", "Q2"], ["North", "410", "395"], ["South", "380", "455"], ["East", "290", "310"],
         ["West", "305", "320"]]
ADVERT_TITLE = "Junior Gardener (Part-Time)"
HB_HEADINGS = ("Opening hours", "Dress code", "Sickness", "Holidays")
HB_SICK = ("Tell us how long you expect to be off", "Send a fit note after seven days")
HB_TEXTS = [
    "Staff Handbook",
    "Welcome to Harbour Dental Practice. This handbook explains how we work and what we expect from everyone on "
    "the team.",
    "Opening hours", "The practice is open Monday to Friday, 8:00 to 18:00, and on Saturday mornings.",
    "Reception: 0117 496 0321\nOut of hours: 0117 496 0999", "Dress code",
    "Wear your practice tunic and closed shoes. Jewellery should be kept to a minimum.", "Sickness",
    "If you\u2019re ill, call the practice manager before 7:30 \u2013 don\u2019t just send a text.", *HB_SICK,
    "Holidays",
    "Each member of staff gets 28 days\u2019 holiday a year, including bank holidays. Book leave at least four "
    "weeks ahead using the \u201cLeave request\u201d form.",
    "Practice manager: Siobhan O\u2019Neill",
]
POSSET = [["Ingredient", "Amount"], ["Double cream", "600 ml"], ["Caster sugar", "150 g"],
          ["Lemons", "2 (juice and zest)"]]
BEACH_TEXTS = ["Subject: Beach clean on Saturday", "Hi all,", "Thanks for signing up for the beach clean on Saturday. "
               "Meet at the pier at 9:30.", *BEACH_BULLETS, "Parking is free on the seafront before 10.",
               "If it rains we will move it to Saturday afternoon.", "Cheers,", "Maya"]
BAKE_PRICES = ("\u00a31.50", "\u00a32.00", "\u00a31.20", "\u00a31.80")
COUNCIL_PLANNING = ("Application 25/0114 for a garage at 4 Mill Lane: no objection.",
                    "Application 25/0131 for two houses on Church Field: the council objects because of the flooding "
                    "on the lane every winter.")
DUTIES = ("Water and weed the raised beds", "Look after the tool shed", "Help run Saturday volunteer sessions",
          "Keep the compost bays turned")
TRIP_BODY = ("Year 5 will visit the Science Museum", "The trip costs 12 pounds", "Please pack a labelled lunch")
REPLY = [["Child's name", ""], ["Class", ""], ["Signed", ""]]
FEES = [["Membership", "Annual fee", "Monthly"], ["Adult", "240 pounds", "22 pounds"],
        ["Junior", "90 pounds", "8 pounds"], ["Family", "420 pounds", "38 pounds"]]
MEAL = [["Day", "Lunch", "Dinner"], ["Monday", "Soup and bread", "Chicken curry"],
        ["Tuesday", "Cheese sandwiches", "Fish pie"], ["Wednesday", "Leftover curry", "Pasta bake"],
        ["Thursday", "Jacket potatoes", "Stir fry"], ["Friday", "Wraps", "Pizza night"]]
SHOP = ("Rice and pasta", "Frozen peas", "Cheddar", "Tinned tomatoes")
POLICY_INTRO = ("We want you to love what you bought. If you do not, you can return most items within 14 days of "
                "delivery.")
REFUNDS = ("Refunds go back to the card you paid with.", "Sale items can be returned for a refund only")
EXCHANGE = "We are happy to exchange an item for a different size or colour while stock lasts."
PART_ONE = ("Mozart: Eine kleine Nachtmusik", "Elgar: Salut d'Amour", "Vivaldi: Spring")
PART_TWO = ("Holst: St Paul's Suite", "Grieg: Holberg Suite")
HOMEWORK_BODY = ("Year 9, due Friday", "Water has the formula H2O", "Name the elements in CO2",
                 "How many atoms are in one molecule of H2O", "Balance the equation for burning CH4",
                 "Explain why NaCl dissolves in water", "Each question is worth five marks.")
EVENTS = ("Plant swap on Saturday 12 April", "Street party on Sunday 25 May", "Quiz night at the Anchor on 6 June")
BINS = [["Bin", "Day", "Colour"], ["Recycling", "Monday", "Blue"], ["Garden waste", "Wednesday", "Green"],
        ["General", "Friday", "Black"]]
FIRST_TWO = "^{HOME}^+{DOWN}+{RIGHT}^+{DOWN}"  # the first two paragraphs, selected with the keyboard

COTTAGE_TEXTS = ["Welcome to Gull Cottage", COTTAGE_INTRO, "Arriving and leaving", "Check-in: from 16:00",
                 "Check-out: by 10:00 on the day you leave",
                 "The key safe is to the left of the front door. The code is 4471.", "Wi-Fi",
                 "Network: \u201cGullCottage_Guest\u201d, password: seashell22", "Around the house", *COTTAGE_BULLETS,
                 "Note: the stairs are steep, so please keep an eye on small children.", "Places nearby",
                 "Bins go out on Tuesday night: black bags in the grey bin, recycling in the blue box.",
                 "Enjoy your stay!", "Ana\u00efs and Rob Trelawney", "Phone: 07700 900482"]
BLANKETS = "Spare blankets are in the airing cupboard"

MATCH_TEXTS = ["Match Report: U14s v Kingsmead Colts", "Sunday 12 October 2025, Manor Park \u2013 kick-off 10am",
               "Final score: Hartfield Rovers 3\u20132 Kingsmead Colts", "Goals: Okoro, Brennan, Clark", "How it went",
               *MATCH_STORY, "Player of the match", MATCH_POTM, "Results round the club", MATCH_TALLY, "Reminders",
               *MATCH_REMINDERS, MATCH_NOTE, "Well done, everyone!", "Dave Ellis", "U14s Coach"]
WEDDING_TEXTS = ["Sophie & Daniel", "are getting married", "Saturday 20 June 2026 at 1:30pm",
                 "St Aidan\u2019s Church, Lower Bramley, and afterwards at Hollins Barn",
                 "We\u2019d love you to be there for the whole day, from the ceremony right through to the ceilidh.",
                 "The day", "Getting there", *WEDDING_TRAVEL, WEDDING_DRESS, "RSVP", "RSVP: " + WEDDING_RSVP,
                 WEDDING_DIET, WEDDING_GIFTS, "With love,", "Sophie and Daniel", WEDDING_PS]
STATION = tuple(f"{pre} Bramley, about 10 minutes by taxi{end}"
                for pre in ("Nearest station is", "The nearest station is") for end in ("", "."))
POSTPONED = ("Postponed", "postponed", "P\u2013P", "P-P", "Postponed (waterlogged pitch)",
             "postponed (waterlogged pitch)", "Postponed \u2013 waterlogged pitch", "Postponed - waterlogged pitch")


GP_TEXTS = ["Elmfield Surgery", "Patient notice \u2013 winter 2025/26", "New opening hours", GP_HOURS_INTRO,
            "When we are closed, call NHS 111 or, in an emergency, 999.", "Flu and COVID vaccinations", GP_FLU,
            "Who can have one: " + GP_WHO, GP_COVID, "Booking an appointment", *GP_BOOKING, GP_PRESCRIPTIONS,
            "Important: " + GP_IMPORTANT, "New faces", GP_WELCOME, "Thank you for your patience and support.",
            "Joanne Hartley", "Practice Manager"]
GP_HEADINGS = ("New opening hours", "Flu and COVID vaccinations", "Booking an appointment", "New faces")
GP_FRIDAY = tuple([GP_HOURS[0], GP_HOURS[1], ["Friday", f"7:30{d}18:30", f"8:00{d}18:30"], GP_HOURS[3]]
                  for d in ("\u2013", "-"))
GP_MON_FRI = tuple([GP_HOURS[0], ["Monday to Friday", f"7:30{d}18:30", f"8:00{d}18:30"], GP_HOURS[3]]
                   for d in ("\u2013", "-"))
GP_EMAIL = ("By email, for non-urgent requests only", "By email, for non-urgent requests only.")
BOOK_TEXTS = ["Thornbury Library Book Group", "Reading list for January\u2013June 2026", "When: " + BOOK_WHEN,
              "Where: " + BOOK_WHERE, BOOK_HELLO, "The books", BOOK_NOTE, "How it works", *BOOK_STEPS, BOOK_TEA,
              BOOK_SUGGEST, "Happy reading!", "Margaret Ellison", "Group organiser \u2013 07700 900284", BOOK_PS]
BOOK_SWAPPED = [*BOOK_LIST[:4], ["14 April", *BOOK_LIST[5][1:]], ["12 May", *BOOK_LIST[4][1:]], BOOK_LIST[6]]
BOOK_JULY = ["14 July", "Tomorrow, and Tomorrow, and Tomorrow", "Gabrielle Zevin", "Tunde"]
BOOK_HALF_SIX = tuple(f"When: the 2nd Tuesday of each month, {a}{d}{b}"
                      for a in ("6:30", "6.30", "6:30pm", "6.30pm", "6:30 pm", "6.30 pm")
                      for d in ("\u2013", "-", " to ")
                      for b in ("8:00pm", "8.00pm", "8pm", "8:00 pm", "8.00 pm", "8 pm"))

CAFE_TEXTS = ["The Old Forge Caf\u00e9", CAFE_WHERE, CAFE_INTRO, "Breakfast (until 11:30)", *CAFE_BREAKFAST,
              "Lunch (12:00\u201315:00)", CAFE_LUNCH_INTRO, "Cakes and drinks", CAFE_CAKES, "Drinks: " + CAFE_DRINKS,
              CAFE_COFFEE, "Note: " + CAFE_NOTE, "See you soon!", "Br\u00edd and Tom Kavanagh", CAFE_PS]
CAFE_HEADINGS = ("Breakfast (until 11:30)", "Lunch (12:00\u201315:00)", "Cakes and drinks")
CAFE_HALF_FOUR = tuple(f"Church Street, Ashby Parva \u2013 open Tuesday to Sunday, 8:30{d}{t}"
                       for d in ("\u2013", "-") for t in ("16:30", "16.30"))
CAFE_AVOCADO = tuple(f"Smashed avocado on sourdough {d} \u00a37.95{end}" for d in ("\u2013", "-") for end in ("", "."))
CAFE_PLOUGHMAN = tuple([name, "Cheddar, ham, pickle and a roll", "\u00a38.50"]
                       for name in ("Ploughman\u2019s", "Ploughman's", "Ploughman\u2019s lunch", "Ploughman's lunch"))
FUND_TEXTS = ["Autumn Fundraising Round-up 2025",
              "Friends of St Clare\u2019s Hospice \u2013 report to members, November 2025", FUND_INTRO,
              "Where the money came from", "Gift Aid: " + FUND_GIFT_AID, "What it pays for", FUND_PAYS, "Our thanks",
              "A special thank you to:", *FUND_THANKS, "Coming up", *FUND_COMING, "Important: " + FUND_IMPORTANT,
              "With warm thanks,", "Carol Pemberton", "Chair, Friends of St Clare\u2019s"]
FUND_HEADINGS = ("Where the money came from", "What it pays for", "Our thanks", "Coming up")
FUND_ROWING = ("Kelham Rowing Club, for the use of their boathouse", "Kelham Rowing Club, for the use of their "
               "boathouse.")


def _lightness(v: str | None) -> float:
    r, g, b = (int(v[i:i + 2], 16) / 255 for i in (0, 2, 4)) if v and len(v) == 6 else (1.0, 1.0, 1.0)
    return colorsys.rgb_to_hls(r, g, b)[1]


def cafe_brown(v: str | None) -> bool:
    """A font colour that reads as the café name's brown (7A3E1D) or one close to it: a dark red-orange."""
    return color_family(v) in ("orange", "red") and _lightness(v) < 0.4


def dark_red(v: str | None) -> bool:
    """A font colour a person would call dark red (not the bright red of the palette)."""
    return color_family(v) == "red" and _lightness(v) < 0.45


def no_empty_list_items(doc: object, src: object = None) -> bool:
    """No empty bullet or number is left behind in the body (an item emptied rather than deleted)."""
    return not any(p.props["list"] is not None and not p.text.strip() for p in body_paragraphs(doc))



def tally_after_u12_win(doc: object, src: object = None) -> bool:
    """The line under the results table counts the U12s' game as a win: three wins and a draw, no defeat."""
    hits = [p.text.lower().replace("\u2019", "'") for p in body_paragraphs(doc) if "this weekend" in p.text]
    if len(hits) != 1:
        return False
    t = hits[0]
    return (("three wins" in t or "3 wins" in t) and "draw" in t and "two wins" not in t
            and not any(w in t for w in ("a defeat", "one defeat", "1 defeat", "a loss", "one loss", "1 loss")))

GALA_TEXTS = ["Spring Open Gala 2026",
              "Riverside Otters Swimming Club \u2013 Sunday 22 March 2026, Halston Leisure Centre",
              "Warm-up: " + GALA_WARMUP, GALA_INTRO, "Order of events", GALA_HEATS, "What to bring", *GALA_BRING,
              "On the day", *GALA_STEPS, "Spectators: " + GALA_SPECTATORS, "Important: " + GALA_IMPORTANT, GALA_THANKS,
              "See you on poolside,", "Ren\u00e9e Whitfield", "Gala Secretary \u2013 07700 900536", GALA_PS]
GALA_FLIP_FLOPS = tuple(f"{a}{b}{e}" for a in ("Flip-flops", "Flip flops", "Flipflops", "A pair of flip-flops",
                                              "A pair of flip flops")
                        for b in (" for poolside", " for the poolside", "") for e in ("", "."))
GALA_NO_FLY = tuple([*GALA_EVENTS[:5], [n, *GALA_EVENTS[6][1:]]] for n in ("6", "5"))
GALA_WARMUP_EARLIER = tuple(f"Warm-up: {a}{d}{b} in the main pool; the first race starts at 9:00am"
                            for a in ("7:45", "7.45", "7:45am", "7.45am", "7:45 am", "7.45 am")
                            for d in ("\u2013", "-", " to ")
                            for b in ("8:30am", "8.30am", "8:30 am", "8.30 am"))
INV_TEXTS = ["Inventory and Check-in Report", "Property: Flat 3, 27 Linden Road, Darlington DL3 0PX",
             "Tenant: Joaqu\u00edn Ferreira", "Check-in: Monday 2 February 2026, 10:00am",
             "Agent: Calder & Wray Lettings, 01632 960733", "About this report", INV_ABOUT, "Room by room", INV_KEY,
             "Meter readings", *INV_METERS, "Keys handed over", *INV_KEYS, "Note: " + INV_NOTE, INV_DAMAGE,
             "Signed for Calder & Wray Lettings:", "Gemma Thornton, Property Manager", "Tenant\u2019s signature:"]
INV_BIKE_KEY = tuple(f"{a}{e}" for a in ("One key for the bike shed", "One bike shed key", "A key for the bike shed",
                                         "Bike shed key", "Key for the bike shed", "1 bike shed key")
                     for e in ("", "."))
INV_CHECK_IN = tuple(f"Check-in: Tuesday {d} February 2026, {t}" for d in ("3", "3rd")
                     for t in ("2:00pm", "2pm", "2.00pm", "2:00 pm", "2 pm", "2.00 pm", "14:00", "14.00"))
INV_MIRROR = tuple(["Bathroom", item, "Good", note] for item in ("Mirror", "Wall mirror", "Bathroom mirror",
                                                                 "Mirror (wall)")
                   for note in ("No marks", "No marks.", "no marks"))


def navy(v: str | None) -> bool:
    """A font colour a person would call navy or dark blue (not the bright blue of the palette)."""
    return color_family(v) == "blue" and _lightness(v) < 0.4


def shower_screen_good(doc: object, src: object = None) -> bool:
    """The shower screen row (still the last of eight) is marked Good and its note no longer mentions the crack."""
    ts = tables(doc)
    if not ts or len(ts[0]) != 8 or len(ts[0][7]) != 4:
        return False
    row = [cell_text(c).strip() for c in ts[0][7]]
    return row[:3] == ["Bathroom", "Shower screen", "Good"] and "crack" not in row[3].lower()


BIKE_TEXTS = ["Workshop Job Sheet", BIKE_SHOP, "Job no: 2417", "Customer: Si\u00e2n Pritchard, 07700 900318",
              "Bike: Trek FX 2 hybrid, grey, 2021", "Booked in: Thursday 5 March 2026, 9:15am",
              "Ready by: Saturday 7 March 2026, after 2:00pm", "What the customer reported", BIKE_REPORTED,
              "Work carried out", *BIKE_WORK, "Parts and labour", BIKE_VAT, "Mechanic\u2019s notes", *BIKE_NOTES,
              "Note: " + BIKE_NOTE, BIKE_PAY, "Thanks for choosing Ride On,", "Kofi Mensah", "Workshop Manager"]
BIKE_BOOKED = tuple(f"Booked in: Wednesday {d} March 2026, 9:15am" for d in ("4", "4th"))
CHOIR_TEXTS = ["Spring Term Rehearsals 2026",
               "Harbourside Community Choir \u2013 Musical Director: \u00c9lodie Marchetti", "Where: " + CHOIR_WHERE,
               "When: " + CHOIR_WHEN, CHOIR_WELCOME, "Rehearsal plan", CHOIR_WORDS, "Concert day", CHOIR_CONCERT,
               *CHOIR_DAY, "What to wear", *CHOIR_WEAR, "Subs: " + CHOIR_SUBS, "Happy singing!", "\u00c9lodie",
               "Musical Director", CHOIR_PS]
CHOIR_SUBS_UP = "Subs: " + CHOIR_SUBS.replace("\u00a345", "\u00a350").replace("\u00a34 a", "\u00a34.50 a")
CHOIR_WHEN_MARCH = tuple(f"When: Wednesdays, 7:30\u20139:30pm, 14 January to {e}"
                         for e in ("25 February", "4 March", "4th March"))
CHOIR_SOCKS = tuple(f"{a}{e}" for a in ("Black socks or tights", "Black socks or black tights", "Black tights or socks",
                                        "Black socks or tights (no patterns)")
                    for e in ("", "."))
CHOIR_DOORS = tuple(f"Doors open to the audience at {t}, so be in your places by then"
                    for t in ("6:00pm", "6pm", "6.00pm", "6:00 pm", "6 pm", "6.00 pm", "18:00"))


def front_tyre_added(doc: object, src: object = None) -> bool:
    """The parts table holds one new row for the front tyre (qty 1, £32.99) above a Total of £189.48; the other rows
    are as they were, in their order."""
    ts = tables(doc)
    if not ts:
        return False
    rows = [[cell_text(c).strip() for c in r] for r in ts[0]]
    if len(rows) != 8 or rows[-1] != ["Total", "", "\u00a3189.48"]:
        return False
    new = [k for k, r in enumerate(rows[:-1]) if r not in BIKE_PARTS[:6]]
    if len(new) != 1 or new[0] == 0:
        return False
    row = rows[new[0]]
    item = row[0].lower() if len(row) == 3 else ""
    return (rows[:new[0]] + rows[new[0] + 1:-1] == BIKE_PARTS[:6] and ("tyre" in item or "marathon" in item)
            and row[1:] == ["1", "\u00a332.99"])


def march_added(doc: object, src: object = None) -> bool:
    """The plan table ends with a new full-choir rehearsal on 4 March of The Parting Glass and Hallelujah."""
    ts = tables(doc)
    if not ts:
        return False
    rows = [[cell_text(c).strip() for c in r] for r in ts[0]]
    if len(rows) != 9 or rows[:8] != CHOIR_PLAN or len(rows[8]) != 3:
        return False
    date, pieces, sections = rows[8][0], rows[8][1].lower(), rows[8][2].lower()
    return (date in ("4 March", "4th March") and "parting glass" in pieces and "hallelujah" in pieces
            and sections == "full choir")


GROOM_TEXTS = ["Muddy Paws Dog Grooming", GROOM_ADDRESS, "Open: " + GROOM_OPEN, "Prices from 1 April 2026", GROOM_INTRO,
               GROOM_SIZES, "Extras", *GROOM_EXTRAS, "Booking and cancellations", *GROOM_BOOKING, "Note: " + GROOM_NOTE,
               GROOM_VACCS, "Looking forward to meeting your dog,", "Chlo\u00e9 Barnes", "Owner and head groomer"]
GROOM_PAW_BALM = tuple(f"{a}{d}{p}{e}" for a in ("Paw balm", "Paw balm treatment")
                       for d in (" \u2013 ", " - ", ": ") for p in ("\u00a34", "\u00a34.00") for e in ("", "."))
MUSEUM_TEXTS = ["Volunteer Briefing: Half-Term Family Week",
                "Whitby Harbour Museum \u2013 for front-of-house and gallery volunteers",
                "Dates: Monday 16 to Friday 20 February 2026", "Shifts: 10:00am\u20131:00pm and 1:00\u20134:30pm",
                "Meet: in the volunteers\u2019 room behind the shop, 15 minutes before your shift", "What\u2019s on",
                MUSEUM_ON, "Who\u2019s where", MUSEUM_SWAPS, "In the galleries", *MUSEUM_GALLERIES, MUSEUM_LIGHTS,
                "If the fire alarm goes off", *MUSEUM_ALARM, "Important: " + MUSEUM_IMPORTANT, MUSEUM_THANKS,
                "Best wishes,", "Agn\u00e8s Whitlock", "Volunteer Coordinator", MUSEUM_PS]
MUSEUM_DATES = tuple(f"Dates: Monday {a} to Friday {b} February 2026" for a in ("23", "23rd") for b in ("27", "27th"))


def shipwrecks_on_tuesday(doc: object, src: object = None) -> bool:
    """The what's-on paragraph has the Shipwrecks gallery opening on the Tuesday (or a Tuesday date), nothing else
    in it changed."""
    hits = [p.text for p in body_paragraphs(doc) if p.text.startswith("Half-term is")]
    if len(hits) != 1:
        return False
    pre, post = MUSEUM_ON.split("the Monday")
    t = hits[0]
    if not (t.startswith(pre) and t.endswith(post) and len(t) >= len(pre) + len(post)):
        return False
    mid = t[len(pre):len(t) - len(post)]
    return "Tuesday" in mid and "Monday" not in mid and len(mid) < 30


TENNIS_TEXTS = ["Mixed Doubles Summer League 2026", TENNIS_CLUB, "Captain: Rhiannon Price, 07700 900611",
                "Vice-captain: Jo\u00ebl Marchand, 07700 900274",
                "Home courts: Courts 1\u20133, Abbeyfield Road (gate code 2719)", "About the league", TENNIS_INTRO,
                "Fixtures", TENNIS_RAIN, "Pairs and availability", TENNIS_AVAIL, "What to bring", *TENNIS_BRING,
                "On match day", *TENNIS_DAY, "Note: " + TENNIS_NOTE, TENNIS_TEA, "See you on court,", "Rhiannon Price",
                "Team Captain"]
TENNIS_SUN = tuple(f"{a}{e}" for a in ("Sun cream", "Suncream", "Sunscreen", "Sun cream or sunscreen", "Sun lotion")
                   for e in ("", "."))
TENNIS_KINGSLEY = [[r[0], "Kingsley Green", *r[2:]] if r[1] == "Hollins Cross" else r for r in TENNIS_FIXTURES]
TENNIS_TWO_OCLOCK = tuple([*TENNIS_FIXTURES[:4], [*TENNIS_FIXTURES[4][:3], t], *TENNIS_FIXTURES[5:]]
                          for t in ("2:00pm", "2pm", "2.00pm", "2:00 pm", "2 pm", "2.00 pm", "14:00"))
TENNIS_FEE = tuple(f"{a} match fee (covers the new balls and the tea)" for a in ("\u00a37", "\u00a37.00"))
SHOW_PRIZES_FIVER = tuple("Prizes: " + SHOW_PRIZES.replace("1st \u00a33", f"1st {a}")
                          for a in ("\u00a35", "\u00a35.00"))
SHOW_NO_MARROW = ([r for r in SHOW_CLASSES if r[1] != "Heaviest marrow"],
                  [SHOW_CLASSES[0], *([str(k), *r[1:]] for k, r in
                                      enumerate((r for r in SHOW_CLASSES[1:] if r[1] != "Heaviest marrow"), 1))])


PE_TEXTS = ["Year 8 Parents\u2019 Evening", PE_WHEN, "Form tutor: Mr Dariusz Nowak (8N)", "Booking: " + PE_BOOKING,
            "About the evening", PE_ABOUT, "Your appointments", PE_TABLES, "Before you come", *PE_BEFORE,
            "On the night", *PE_NIGHT, "Parking: " + PE_PARKING, PE_CANT, "Kind regards,", "Dariusz Nowak",
            "Year 8 Form Tutor"]
PE_SIX = tuple(PE_ABOUT.replace("5 minutes", m) for m in ("6 minutes", "six minutes"))
PE_EIGHT = tuple(f"Ashcombe Academy \u2013 Thursday 12 March 2026, 4:00{d}{e}, Main Hall"
                 for d in ("\u2013", "-", " to ") for e in ("8:00pm", "8pm", "8.00pm", "8:00 pm", "8 pm", "8.00 pm"))
VET_TEXTS = ["Fernhill Veterinary Surgery", VET_ADDRESS, "Monday 2 March 2026", "Mrs Adaeze Okonkwo", "17 Gorse Close",
             "Kettlewell BD23 5RT", "Vaccination reminder: Pepper", "Dear Mrs Okonkwo,", VET_DUE,
             "This year Pepper is due the following:", *VET_DUE_LIST, "Prices", VET_LAPSE, VET_BOOK,
             "Please note: " + VET_NOTE, "We look forward to seeing you both.", "Yours sincerely,",
             "Megan Ashworth BVSc MRCVS", "Veterinary Surgeon", VET_PS]
VET_TABLE = [[VET_PRICES_TITLE], *VET_PRICES]
VET_FORTY = tuple([*VET_TABLE[:3], ["Kennel cough vaccine", a], ["Booster and kennel cough together", b], VET_TABLE[5]]
                  for a, b in (("\u00a340.00", "\u00a384.00"), ("\u00a340", "\u00a384"), ("\u00a340.00", "\u00a384"),
                               ("\u00a340", "\u00a384.00")))


def music_slot_added(doc: object, src: object = None) -> bool:
    """The appointments table ends with a new 5:35 music slot with Mrs Okoro at table 2 (capitals not judged); the
    other rows are as they were, in their order."""
    ts = tables(doc)
    if not ts:
        return False
    rows = [[cell_text(c).strip() for c in r] for r in ts[0]]
    if len(rows) != 8 or rows[:7] != PE_SLOTS or len(rows[7]) != 4:
        return False
    time, subject, teacher, table = rows[7]
    return (time.lower() in ("5:35pm", "5.35pm", "5:35", "5:35 pm", "5.35 pm") and subject.lower() == "music"
            and teacher.lower() == "mrs okoro" and table.lower() in ("2", "table 2"))


def vet_rabies_added(doc: object, src: object = None) -> bool:
    """The price table holds one new row, below the header, for the rabies vaccine at £65; the other rows are as they
    were, in their order."""
    ts = tables(doc)
    if not ts:
        return False
    rows = [[cell_text(c).strip() for c in r] for r in ts[0]]
    new = [k for k, r in enumerate(rows) if r not in VET_TABLE]
    if len(rows) != 7 or len(new) != 1 or new[0] < 2:
        return False
    row = rows[new[0]]
    return (rows[:new[0]] + rows[new[0] + 1:] == VET_TABLE and len(row) == 2 and "rabies" in row[0].lower()
            and row[1] in ("\u00a365", "\u00a365.00"))


QUIZ_TEXTS = ["Quiz Night Answer Sheet", QUIZ_PUB, "Quizmaster: Bernie Walsh",
              "Entry: \u00a32 a head, teams of up to six", "Round 1: General knowledge", *QUIZ_R1,
              "Round 2: Science and nature", *QUIZ_R2, "Round 3: Music",
              *QUIZ_R3, "Scores", "Tiebreaker", QUIZ_TIE, "House rules", *QUIZ_RULES, "Prizes: " + QUIZ_PRIZES,
              QUIZ_NEXT, "Cheers,", "Bernie"]
QUIZ_RECOUNT = [*QUIZ_SCORES[:4], ["Sheep Happens", "5", "9", "6", "20"], QUIZ_SCORES[5]]
QUIZ_EIGHT = tuple([t if t != "Seven" else e for t in QUIZ_TEXTS] for e in ("Eight", "eight", "8"))


def late_team_added(doc: object, src: object = None) -> bool:
    """The scores table holds one new row, below the header, for Quiz Team Aguilera with nothing (or nought) for the
    first two rounds and 6 for round 3 and in total; the other rows are as they were, in their order."""
    ts = tables(doc)
    if not ts:
        return False
    rows = [[cell_text(c).strip() for c in r] for r in ts[0]]
    new = [k for k, r in enumerate(rows) if r not in QUIZ_SCORES]
    if len(rows) != 7 or len(new) != 1 or new[0] < 1:
        return False
    row = rows[new[0]]
    return (rows[:new[0]] + rows[new[0] + 1:] == QUIZ_SCORES and len(row) == 5
            and row[0].lower() == "quiz team aguilera" and all(v in ("", "0", "-", "\u2013") for v in row[1:3])
            and row[3:] == ["6", "6"])


PIANO_TUESDAYS = [PIANO_CHARGES[0], ["30-minute lesson (Tuesdays, 4:30pm)", *PIANO_CHARGES[1][1:]], *PIANO_CHARGES[2:]]
PIANO_NO_BOOK = tuple([*PIANO_CHARGES[:4], ["Total", "", "", t]] for t in ("\u00a3307.00", "\u00a3307"))
PIANO_SUMMER_NEW = tuple(f"Summer term: lessons start again on Monday {d} April. Fees go up to {f} a lesson from the "
                         "summer \u2013 the first rise in two years." for d in ("27", "27th")
                         for f in ("\u00a323", "\u00a323.00"))


DENT_CROWN_650 = tuple([*DENT_FEES[:3], [*DENT_FEES[3][:3], a], [*DENT_FEES[4][:3], b]]
                       for a in ("\u00a3650.00", "\u00a3650") for b in ("\u00a3860.00", "\u00a3860"))
DENT_NO_POLISH = tuple([DENT_FEES[0], DENT_FEES[2], DENT_FEES[3], ["Total", "", "3", t]]
                       for t in ("\u00a3765.00", "\u00a3765"))
DENT_XRAYS = "The x-rays show no infection at the root of either tooth."
CAMP_TEXTS = ["Summer Camp 2026", CAMP_WHERE, "Leader in charge: Gareth Pryce-Jones (Skip)", "Cost: " + CAMP_COST,
              "About the camp", CAMP_ABOUT, "Travel", CAMP_TRAVEL, "Programme", CAMP_PROG_NOTE, "Kit list",
              CAMP_KIT_INTRO, *CAMP_KIT, "Before camp", *CAMP_BEFORE, "Phones: " + CAMP_PHONES, CAMP_MEDS,
              "Yours in Scouting,", "Gareth Pryce-Jones", "Scout Leader, 1st Hollybrook"]
CAMP_SWAPPED = tuple([CAMP_PROG[0], CAMP_PROG[1], ["Saturday", s, *CAMP_PROG[2][2:]],
                      ["Sunday", "Canoeing on the Wye", *CAMP_PROG[3][2:]], CAMP_PROG[4]]
                     for s in ("Scouts\u2019 Own service", "Scouts' Own service"))
CAMP_HOME_BY_4 = tuple([*CAMP_PROG[:4], [*CAMP_PROG[4][:3], f"{h}ome by {t}{e}"]] for h in "Hh"
                       for t in ("4", "4pm", "4 pm", "4:00pm", "4.00pm", "4:00 pm", "4.00 pm", "4:00", "4.00",
                                 "4 o'clock", "4 o\u2019clock")
                       for e in ("", "."))
CAMP_COST_90 = tuple(f"Cost: {v} per scout, including food, coach travel and all activities"
                     for v in ("\u00a390", "\u00a390.00"))
CAMP_BALANCE_65 = tuple(f"Pay the balance of {v} online by Friday 3 July." for v in ("\u00a365", "\u00a365.00"))


def _first_upper_lower(texts: tuple[str, ...]) -> tuple[str, ...]:
    """Each text as written, with a lower-case first letter, and with a full stop; for new list items."""
    out = {f"{c}{t[1:]}{e}" for t in texts for c in (t[0], t[0].lower()) for e in ("", ".")}
    return tuple(sorted(out))


CAMP_SUN = ("Sun cream", "Suncream", "Sunscreen", "Sun screen", "Sun lotion")
CAMP_WATER = ("Water bottle", "A water bottle")
CAMP_KIT_ADDED = _first_upper_lower((*CAMP_SUN, *CAMP_WATER,
                                     *(f"{s} and {w[0].lower()}{w[1:]}" for s in CAMP_SUN for w in CAMP_WATER),
                                     *(f"{w} and {s.lower()}" for s in CAMP_SUN for w in CAMP_WATER)))


def camp_kit_added(doc: object, src: object = None) -> bool:
    """Sun cream and a water bottle are on the kit list, as one or two new bullets among the old ones (any order);
    everything else in the body is as it was."""
    ps = [p for p in body_paragraphs(doc) if p.text.strip()]
    texts = [p.text for p in ps]
    new = [k for k, t in enumerate(texts) if t not in CAMP_TEXTS]
    if not 1 <= len(new) <= 2 or [t for k, t in enumerate(texts) if k not in new] != CAMP_TEXTS:
        return False
    lo, hi = texts.index(CAMP_KIT_INTRO), texts.index("Before camp")
    if not all(lo < k < hi and bulleted(ps[k].props["list"]) for k in new):
        return False
    joined = " ".join(texts[k] for k in new).lower()
    return any(s.lower() in joined for s in CAMP_SUN) and "water bottle" in joined


def camp_no_night_hike(doc: object, src: object = None) -> bool:
    """Saturday evening is now a campfire with songs (no hike); the rest of the programme is as it was."""
    ts = tables(doc)
    if not ts:
        return False
    rows = [[cell_text(c).strip() for c in r] for r in ts[0]]
    if len(rows) != 5 or any(len(r) != 4 for r in rows):
        return False
    cell = rows[2][3].lower()
    rest = [v for r, row in enumerate(rows) for c, v in enumerate(row) if (r, c) != (2, 3)]
    want = [v for r, row in enumerate(CAMP_PROG) for c, v in enumerate(row) if (r, c) != (2, 3)]
    return rest == want and "campfire" in cell and "song" in cell and "hike" not in cell


SIT_TEXTS = ["House-sitting notes for Jo", SIT_THANKS, "We\u2019re away: " + SIT_AWAY,
             "Mobiles: Kate 07700 900217, Dom 07700 900844", "Keys and alarm", SIT_KEYS, "Feeding times", SIT_FOOD,
             "The hens", *SIT_HENS, "Plants and garden", *SIT_PLANTS, "Bins and post", SIT_BINS,
             "Emergencies: " + SIT_EMERGENCY, SIT_FRIDGE, "Love,", "Kate, Dom, Ellie and Rosa xx"]
SIT_DIET = "Marmite is on a diet so please don\u2019t give her any biscuits, however much she complains."
SIT_DASHES = ("", "\u2013", "-", "\u2014")


def sit_tortoise_added(doc: object, src: object = None) -> bool:
    """The feeding table holds one new row, below the header, for Sheldon the tortoise: lettuce and a strawberry, fed
    in the morning and not in the evening; the other rows are as they were, in their order."""
    ts = tables(doc)
    if not ts:
        return False
    rows = [[cell_text(c).strip() for c in r] for r in ts[0]]
    new = [k for k, r in enumerate(rows) if r not in SIT_FEED]
    if len(rows) != 6 or len(new) != 1 or new[0] < 1:
        return False
    row = rows[new[0]]
    if rows[:new[0]] + rows[new[0] + 1:] != SIT_FEED or len(row) != 4:
        return False
    who, what, morning, evening = (v.lower() for v in row)
    return ("sheldon" in who and "lettuce" in what and "strawberr" in what and morning not in SIT_DASHES
            and evening in (*SIT_DASHES, "no", "none", "n/a", "x"))


CRAFT_TEXTS = ["Christmas Craft Fair 2026", CRAFT_WHERE, "Organiser: Pauline Greaves (07700 900731)",
               "Bookings close: Friday 30 October", "Welcome", CRAFT_WELCOME, "Pitch fees", CRAFT_FEES, "On the day",
               "Timings", "Setting up", *CRAFT_SETUP, "What to bring", *CRAFT_BRING, "Insurance: " + CRAFT_INSURANCE,
               CRAFT_CAFE, "Many thanks,", "Pauline Greaves", "Craft Fair Organiser"]
CRAFT_HALF_NINE = tuple([*CRAFT_TIMES[:2], [t, CRAFT_TIMES[2][1]], *CRAFT_TIMES[3:]]
                        for t in ("9:30am", "9.30am", "9:30 am", "9.30 am", "9:30"))
CRAFT_ELECTRIC_7 = tuple(CRAFT_FEES.replace("\u00a35 extra", f"{v} extra") for v in ("\u00a37", "\u00a37.00"))


def craft_fees_up(doc: object, src: object = None) -> bool:
    """Every pitch fee is £2 higher (written "£22" or "£22.00"); the rest of the fees table is as it was."""
    ts = tables(doc)
    if not ts:
        return False
    rows = [[cell_text(c).strip() for c in r] for r in ts[0]]
    if len(rows) != len(CRAFT_PITCHES) or rows[0] != CRAFT_PITCHES[0]:
        return False
    for row, old in zip(rows[1:], CRAFT_PITCHES[1:], strict=True):
        fee = int(old[2].lstrip("\u00a3")) + 2
        if len(row) != 4 or row[:2] + row[3:] != old[:2] + old[3:] or row[2] not in (f"\u00a3{fee}",
                                                                                        f"\u00a3{fee}.00"):
            return False
    return True


def _money(v: float) -> tuple[str, ...]:
    """A sum in pounds as people write it: with pence, and without them for whole pounds, with or without a comma."""
    out = {f"\u00a3{v:,.2f}", f"\u00a3{v:.2f}"}
    if v == int(v):
        out |= {f"\u00a3{int(v):,}", f"\u00a3{int(v)}"}
    return tuple(sorted(out))


def _rows(doc: object, t: int) -> list[list[str]] | None:
    """Table ``t``'s cell texts, stripped; None when there is no such table."""
    ts = tables(doc)
    return [[cell_text(c).strip() for c in r] for r in ts[t]] if len(ts) > t else None


def _one_new_row(rows: list[list[str]], old: list[list[str]]) -> list[str] | None:
    """The one row below the header that is not in ``old`` when the other rows are ``old`` in order; else None."""
    new = [k for k, r in enumerate(rows) if r not in old]
    if len(rows) != len(old) + 1 or len(new) != 1 or new[0] < 1:
        return None
    if rows[:new[0]] + rows[new[0] + 1:] != old or len(rows[new[0]]) != len(old[0]):
        return None
    return rows[new[0]]


CLUBS_CODING_THU = [*CLUBS_TIMETABLE[:4], ["Thursday", *CLUBS_TIMETABLE[4][1:]], *CLUBS_TIMETABLE[5:]]
CLUBS_LEGO_3 = tuple([*CLUBS_COSTS[:6], ["Lego Builders", a, b], CLUBS_COSTS[7]]
                     for a in _money(3) for b in _money(30))
CLUBS_DAWES = [*CLUBS_TIMETABLE[:5], [*CLUBS_TIMETABLE[5][:4], "Mrs Dawes"], *CLUBS_TIMETABLE[6:]]
CLUBS_HEADING = "After-School Clubs: Spring Term 2027"
CLUBS_PAY_15 = tuple(all_of(para_text_is("Payment:", "Payment: " + CLUBS_PAY.replace("8 January", f"{d} January")),
                            fmt(f"{d} January", bold=True)) for d in ("15", "15th"))
CLUBS_FEES_KEYS = tuple(
    k for r, row in enumerate(CLUBS_COSTS[1:], 2) if row[1] != "Free"
    for k in (select_cells(2, row=r, column=2), keys("{HOME}+{END}" + _money(float(row[1][1:]) + 0.5)[0]),
              select_cells(2, row=r, column=3), keys("{HOME}+{END}" + _money(float(row[2][1:]) + 5)[0])))


def clubs_drama_added(doc: object, src: object = None) -> bool:
    """The timetable holds one new row for Miss O'Hara's drama club, Fridays 3:20 to 4:30 for Years 3 to 6 (written
    any usual way); the other rows are as they were, in their order."""
    rows = _rows(doc, 0)
    row = _one_new_row(rows, CLUBS_TIMETABLE) if rows else None
    if row is None:
        return False
    day, club, years, time, who = (v.lower() for v in row)
    time = time.replace(".", ":").replace(" ", "")
    return (day.startswith("friday") and "drama" in club and "3" in years and "6" in years and "3:20" in time
            and "4:30" in time and "o'hara" in who.replace("\u2019", "'"))


def clubs_fees_up(doc: object, src: object = None) -> bool:
    """Every club but Choir costs 50p a session more and £5 a term more; Choir is still free; nothing else changed."""
    rows = _rows(doc, 1)
    if rows is None or len(rows) != len(CLUBS_COSTS) or rows[0] != CLUBS_COSTS[0]:
        return False
    for row, old in zip(rows[1:], CLUBS_COSTS[1:], strict=True):
        if old[1] == "Free":
            if row != old:
                return False
        elif (len(row) != 3 or row[0] != old[0] or row[1] not in _money(float(old[1][1:]) + 0.5)
              or row[2] not in _money(float(old[2][1:]) + 5)):
            return False
    return True


MOVE_NO_PACKING = tuple([MOVE_COSTS[0], *MOVE_COSTS[2:6], ["Subtotal", "", a], ["VAT at 20%", "", b], ["Total", "", c]]
                        for a in _money(1515) for b in _money(303) for c in _money(1818))
MOVE_CREW_830 = tuple([MOVE_DAY[0], [t, MOVE_DAY[1][1]], *MOVE_DAY[2:]]
                      for t in ("8:30am", "8.30am", "8:30 am", "8.30 am", "8:30"))
MOVE_LABELS = ("Quote no:", "Prepared for:", "Moving from:", "Moving to:", "Moving date:")


def _move_totals(rows: list[list[str]], sub: float, vat: float, total: float) -> bool:
    """The last three rows of the price table are the subtotal, VAT and total with these sums."""
    want = (("Subtotal", sub), ("VAT at 20%", vat), ("Total", total))
    return len(rows) >= 3 and all(r[:2] == [label, ""] and len(r) == 3 and r[2] in _money(v)
                                  for r, (label, v) in zip(rows[-3:], want, strict=True))


def move_grand_piano(doc: object, src: object = None) -> bool:
    """The piano row is a baby grand (no longer an upright) at £260; the totals either stay as they were or follow
    (£1,975, £395, £2,370); the other rows are as they were."""
    rows = _rows(doc, 0)
    if rows is None or len(rows) != 9 or rows[:4] != MOVE_COSTS[:4] or rows[5] != MOVE_COSTS[5]:
        return False
    piano = rows[4]
    if len(piano) != 3 or piano[0] != "Piano" or "grand" not in piano[1].lower() or "upright" in piano[1].lower():
        return False
    return piano[2] in _money(260) and (rows[6:] == MOVE_COSTS[6:] or _move_totals(rows, 1975, 395, 2370))


def move_planters_added(doc: object, src: object = None) -> bool:
    """One new item row for the stone planters and the barbecue at £65, among the items above the subtotal; the
    subtotal, VAT and total follow (£1,960, £392, £2,352); the other items are as they were, in their order."""
    rows = _rows(doc, 0)
    if rows is None or len(rows) != 10 or not _move_totals(rows, 1960, 392, 2352):
        return False
    row = _one_new_row(rows[:-3], MOVE_COSTS[:6])
    if row is None:
        return False
    what = (row[0] + " " + row[1]).lower()
    return "planter" in what and ("bbq" in what or "barbecue" in what) and row[2] in _money(65)


BNB_NO_SINGLE = BNB_ROOMS[:6]
BNB_SWAPPED = tuple([*BNB_ROOMS[:2], ["Abbey", "Double", a, "\u00a3110"], ["Captain Cook", "Twin", b, "\u00a3105"],
                     *BNB_ROOMS[4:]] for a in _money(80) for b in _money(85))
BNB_SUNDAY = tuple([*BNB_BREAKFAST[:3], ["Sunday", f"{a}{d}{b}"]] for a in ("8:30", "8:30am", "8.30", "8.30am")
                   for d in ("\u2013", "-", " to ", " \u2013 ", " - ") for b in ("10:30am", "10.30am", "10:30 am",
                                                                                   "10.30 am"))
BNB_WINTER_KEYS = tuple(k for r, row in enumerate(BNB_ROOMS[1:], 2)
                        for k in (select_cells(1, row=r, column=3),
                                  keys("{HOME}+{END}\u00a3" + str(int(row[2][1:]) - 5))))
BNB_TITLE = "Fernlea Bed & Breakfast"
BNB_DOGS_20 = tuple(BNB_OFFERS.replace("\u00a315", v) for v in _money(20))
BNB_SMALL_PRINT = ("Cancellations", "We take one night", "Parking", "Car park:")


def bnb_winter_down(doc: object, src: object = None) -> bool:
    """Every low season price is £5 lower; the rest of the room table is as it was."""
    rows = _rows(doc, 0)
    if rows is None or len(rows) != len(BNB_ROOMS) or rows[0] != BNB_ROOMS[0]:
        return False
    return all(len(row) == 4 and row[:2] + row[3:] == old[:2] + old[3:] and row[2] in _money(int(old[2][1:]) - 5)
               for row, old in zip(rows[1:], BNB_ROOMS[1:], strict=True))


def bnb_annexe_added(doc: object, src: object = None) -> bool:
    """The room table ends with the annexe: a double and a sofa bed, £120 low season and £150 high season."""
    rows = _rows(doc, 0)
    if rows is None or len(rows) != len(BNB_ROOMS) + 1 or rows[:-1] != BNB_ROOMS or len(rows[-1]) != 4:
        return False
    room, beds, low, high = rows[-1]
    return ("annex" in room.lower() and "double" in beds.lower() and "sofa" in beds.lower() and low in _money(120)
            and high in _money(150))


KNIT_GWEN = [*KNIT_PATTERNS[:2], [*KNIT_PATTERNS[2][:3], "Gwen", ""], *KNIT_PATTERNS[3:]]
KNIT_KATH = [*KNIT_PATTERNS[:4], [*KNIT_PATTERNS[4][:4], "Kath"], *KNIT_PATTERNS[5:]]
KNIT_GARDEN = tuple("Meets: " + KNIT_MEETS.replace("Long Room", g) for g in ("Garden Room", "Garden room"))
KNIT_CHUNKY = tuple([*KNIT_NEEDLES[:4], ["Chunky", v, KNIT_NEEDLES[4][2]]] for v in ("6.5mm", "6.5 mm"))
KNIT_HATS = ("The hats need to be in pure wool or a wool blend, never acrylic, because acrylic can melt if it gets too "
             "hot.")


def knit_socks_added(doc: object, src: object = None) -> bool:
    """The pattern table holds one new row for Eileen's vanilla sock pattern in 4 ply that nobody has asked for yet;
    the other rows are as they were, in their order."""
    rows = _rows(doc, 0)
    row = _one_new_row(rows, KNIT_PATTERNS) if rows else None
    if row is None:
        return False
    pattern, kind, yarn, by, wanted = (v.lower() for v in row)
    return ("sock" in pattern and "sock" in kind and yarn.replace("-", " ") in ("4 ply", "4ply")
            and by == "eileen" and wanted in ("", "\u2013", "-", "\u2014", "nobody", "nobody yet", "none"))


def _table_is(t: int, base: list[list[str]], changes: dict[tuple[int, int], tuple[str, ...]]) -> Check:
    """Table ``t`` reads as ``base`` except that each cell in ``changes`` (row, column) holds one of its texts."""

    def check(doc: object, src: object = None) -> bool:
        rows = _rows(doc, t)
        if rows is None or len(rows) != len(base) or any(len(r) != len(b) for r, b in zip(rows, base, strict=True)):
            return False
        return all(rows[r][c] in changes[(r, c)] if (r, c) in changes else rows[r][c] == base[r][c]
                   for r in range(len(base)) for c in range(len(base[r])))

    return check


RACE_SEVEN = ("7:00pm", "7pm", "7.00pm", "7 pm", "7:00 pm", "7.00 pm")
RACE_REMINDERS_7 = tuple(para_text_is("Training is", RACE_REMINDERS[0].replace("6:30pm", t)) for t in RACE_SEVEN)
RACE_SUBS_30 = tuple(para_text_is("Club subs", RACE_REMINDERS[2].replace("\u00a325", v)) for v in _money(30))
RACE_NO_NELL = tuple([*RACE_KIT[:6], ["Total", "", "", v, ""]] for v in _money(118))
RACE_SUNDAY = tuple(para_text_is("Date:", f"Date: Sunday {d} April 2027, 9:30am start") for d in ("4", "4th"))


def race_jas_added(doc: object, src: object = None) -> bool:
    """The kit table holds one new row above the total for Jas Bhamra's small vest at £18, paid; the total is £168; the
    other rows are as they were, in their order."""
    rows = _rows(doc, 1)
    if rows is None or len(rows) != len(RACE_KIT) + 1 or len(rows[-1]) != 5:
        return False
    if rows[-1][:3] + rows[-1][4:] != ["Total", "", "", ""] or rows[-1][3] not in _money(168):
        return False
    row = _one_new_row(rows[:-1], RACE_KIT[:-1])
    if row is None:
        return False
    name, item, size, cost, paid = row
    return ("jas" in name.lower() and item.lower() in ("vest", "club vest") and size.lower() in ("s", "small")
            and cost in _money(18) and paid.lower() == "yes")


LOG_INTERCOM_23 = tuple(f"Booked for {d}" for d in ("23 June", "23rd June", "Wednesday 23 June", "Wed 23 June",
                                                    "Wednesday 23rd June", "Wed 23rd June"))


def log_gutter_95(doc: object, src: object = None) -> bool:
    """The gutter row says front only (not back) at £95 and the total is £385; the rest of the costs table is as it
    was."""
    rows = _rows(doc, 1)
    if rows is None or len(rows) != len(LOG_COSTS) or rows[:3] + rows[4:5] != LOG_COSTS[:3] + LOG_COSTS[4:5]:
        return False
    job, who, cost = rows[3] if len(rows[3]) == 3 else ("", "", "")
    total = rows[5]
    return ("gutter" in job.lower() and "front" in job.lower() and "back" not in job.lower() and who == "Clear Flow"
            and cost in _money(95) and len(total) == 3 and total[:2] == ["Total", ""] and total[2] in _money(385))


BAKE_SOURDOUGH_18 = _table_is(0, BAKE_ORDER, {(1, 2): ("18",), (1, 4): _money(57.6), (7, 4): _money(180.6)})
BAKE_NO_BROWNIE = tuple([*BAKE_ORDER[:6], ["Total", "", "", "", v]] for v in _money(142.9))
BAKE_KERRY_ANN = _table_is(1, BAKE_VAN, {(1, 2): ("Kerry-Ann",), (2, 2): ("Kerry-Ann",)})
BAKE_FRIDAY_VAN = _table_is(1, BAKE_VAN, {(3, 1): ("6:15am", "6.15am", "6:15 am", "6.15 am"),
                                          (3, 3): ("7:30am", "7.30am", "7:30 am", "7.30 am")})
BAKE_WEEK_15 = tuple(para_text_is("Week starting:", f"Week starting: Monday {d} February 2027") for d in ("15", "15th"))
BAKE_SIGN_OFF = all_of(para("Many thanks,", exact=True, align="right"), para("Ruth Sagar", exact=True, align="right"),
                       para("Top Mill Bakery", exact=True, nth=2, align="right"))
BAKE_LATE_FEE = tuple(para_text_is("Payment:", "Payment: " + BAKE_PAYMENT.replace("\u00a35 to", f"{v} to"))
                      for v in _money(7.5))
BAKE_THURSDAY = "2pm on Thursday"
SHOP_NAME = "Meadowbank Rescue Charity Shop"
SHOP_JEAN = _table_is(0, SHOP_ROTA, {(3, 2): ("Jean",)})
SHOP_MARCUS_MONDAY = _table_is(0, SHOP_ROTA, {(1, 3): ("Marcus",)})
SHOP_DOOR_2 = tuple(para_text_is("Donations door:", f"Donations door: round the back in Mill Lane, {a}{d}{b}")
                    for a in ("10:00am", "10am", "10.00am") for d in ("\u2013", "-", " to ", " \u2013 ", " - ")
                    for b in ("2:00pm", "2pm", "2.00pm"))
SHOP_CLOSED_22 = tuple(para_text_is("Please note:", "Please note: " + SHOP_CLOSED.replace("15 February", d))
                       for d in ("22 February", "22nd February"))
SHOP_OPEN_10 = tuple(para_text_is("14 Bridge Street", SHOP_ADDRESS.replace("9:30am", t))
                     for t in ("10:00am", "10am", "10.00am"))


def shop_feb_added(doc: object, src: object = None) -> bool:
    """The takings table holds one new week above the total, ending Saturday 6 February, £1,087.30 and 77 bags; the
    total row reads £5,713.75 and 416; the weeks before are as they were."""
    rows = _rows(doc, 1)
    if rows is None or len(rows) != len(SHOP_TAKINGS) + 1 or rows[:5] != SHOP_TAKINGS[:5]:
        return False
    if len(rows[5]) != 3 or len(rows[6]) != 3:
        return False
    week, takings, bags = rows[5]
    words = week.lower().replace("6th", "6").replace("/", " ").replace(",", " ").split()
    total = rows[6]
    return ("6" in words and any(w.startswith("feb") for w in words) and takings in _money(1087.3) and bags == "77"
            and total[0] == "Total" and total[1] in _money(5713.75) and total[2] == "416")


SPORT_BEV = _table_is(1, SPORT_FEEDS, {(1, 3): ("Bev Hussain", "Bev")})
SPORT_LONG_151 = _table_is(0, SPORT_ROUTES, {(3, 1): ("151 km", "151km"),
                                             (3, 2): ("2,180 m", "2180 m", "2,180m", "2180m")})
SPORT_LATE_7 = tuple(para_text_is("All routes", SPORT_ROUTES_NOTE.replace("\u00a35 extra", f"{v} extra"))
                     for v in _money(7))
FLOR_NAMES = "Imogen Achterberg and Callum Reid"
FLOR_BARN_OK = _table_is(1, FLOR_DAY, {(3, 3): ("Confirmed", "confirmed")})
FLOR_PEWS_11 = _table_is(1, FLOR_DAY, {(2, 0): ("11:00am", "11am", "11.00am", "11:00 am", "11 am", "11.00 am")})
FLOR_JUNE = tuple(para_text_is("We\u2019d love", FLOR_THANKS.replace("31 May 2027", d))
                  for d in ("30 June 2027", "30th June 2027"))
FLOR_BORING = ("What\u2019s included", *FLOR_INCLUDED, "To book", *FLOR_STEPS)


def florist_crown_added(doc: object, src: object = None) -> bool:
    """The flowers table holds one new row above the total for one flower crown at £45; the total is £1,028; the other
    rows are as they were, in their order."""
    rows = _rows(doc, 0)
    if rows is None or len(rows) != len(FLOR_ITEMS) + 1 or len(rows[-1]) != 4:
        return False
    if rows[-1][:3] != ["Total", "", ""] or rows[-1][3] not in _money(1028):
        return False
    row = _one_new_row(rows[:-1], FLOR_ITEMS[:-1])
    if row is None:
        return False
    item, qty, each, cost = row
    return "crown" in item.lower() and qty == "1" and each in _money(45) and cost in _money(45)


HOUSE_WATER_15 = _table_is(0, HOUSE_BILLS, {(3, 4): ("15th", "15")})
HOUSE_NO_TV = tuple([*HOUSE_BILLS[:4], HOUSE_BILLS[5], ["Total", "", a, b, ""]]
                    for a in _money(335.5) for b in _money(67.1))
HOUSE_PRIYA = _table_is(1, HOUSE_ROTA, {(5, 1): ("Priya",)})
HOUSE_RANGE = ("Paying in", HOUSE_PAY, "If you can\u2019t pay on time", *HOUSE_STEPS)
DRIVE_SUN_20 = _table_is(1, DRIVE_PLAN, {(2, 0): ("Sun 20 June", "Sunday 20 June", "Sun 20th June",
                                                  "Sunday 20th June")})
DRIVE_PRICES_UP = _table_is(0, DRIVE_PRICES, {(1, 2): _money(40), (2, 2): _money(76)})
DRIVE_TEST_1015 = tuple(para_text_is("Test booked:",
                                     f"Test booked: Thursday 9 September 2027, {t}, Harrogate test centre")
                        for t in ("10:15am", "10.15am", "10:15 am", "10.15 am", "10:15"))
DRIVE_SIX_MONTHS = tuple(para_text_is("Blocks must", DRIVE_PRICES_NOTE.replace("four months", v))
                         for v in ("six months", "6 months"))
DRIVE_SIGN_OFF = ("Safe driving,", "Ravi Sandhu", "Approved Driving Instructor")
DRIVE_RANGE = (DRIVE_PLAN_NOTE, "Before each lesson", *DRIVE_BRING, "Cancelling a lesson", *DRIVE_CANCEL)
GARDEN_TITLE = "Plant Order and Care Sheet"
GARDEN_ROSE_4 = _table_is(0, GARDEN_ORDER, {(5, 1): ("4 litre", "4 litres", "4-litre", "4l", "4 l", "4 ltr",
                                                     "4 litre pot")})
GARDEN_NO_ANEMONE = tuple([*GARDEN_ORDER[:4], *GARDEN_ORDER[5:7], ["Total", "", "", "", v]] for v in _money(239.94))
GARDEN_PERSHORE = para_text_is("Prices include VAT", GARDEN_ORDER_NOTE.replace("Evesham", "Pershore"))


def garden_foxgloves_added(doc: object, src: object = None) -> bool:
    """The order table holds one new row straight under the rose for three 2 litre foxgloves at £5.50 (£16.50); the
    delivery row is as it was and the total is £298.44; the other rows are as they were, in their order."""
    rows = _rows(doc, 0)
    if rows is None or len(rows) != len(GARDEN_ORDER) + 1 or rows[:6] != GARDEN_ORDER[:6]:
        return False
    if rows[7] != GARDEN_ORDER[6] or len(rows[8]) != 5 or rows[8][:4] != ["Total", "", "", ""]:
        return False
    if rows[8][4] not in _money(298.44) or len(rows[6]) != 5:
        return False
    plant, pot, qty, each, cost = rows[6]
    return ("foxglove" in plant.lower() and pot.lower().replace("-", " ").startswith(("2 litre", "2l", "2 l"))
            and qty == "3" and each in _money(5.5) and cost in _money(16.5))


GYM_LEWIS = _table_is(0, GYM_CLASSES, {(2, 3): ("Lewis",)})
GYM_BOXFIT_730 = _table_is(0, GYM_CLASSES, {(5, 1): ("7:30pm", "7.30pm", "7:30 pm", "7.30 pm")})
GYM_FREEZE_4 = tuple(para_text_is("There\u2019s no joining fee", GYM_PRICES_NOTE.replace("\u00a35 a", f"{v} a"))
                     for v in _money(4))
GYM_FIRST_VISIT = ("Before your first visit", *GYM_STEPS, GYM_INDUCTION)


def gym_family_added(doc: object, src: object = None) -> bool:
    """The prices table holds one new row straight under Couples for a family membership at £65 a month with unlimited
    classes; the other rows are as they were, in their order."""
    rows = _rows(doc, 1)
    if rows is None or len(rows) != len(GYM_PRICES) + 1 or rows[:5] != GYM_PRICES[:5] or rows[6] != GYM_PRICES[5]:
        return False
    if len(rows[5]) != 3:
        return False
    name, price, classes = rows[5]
    return ("family" in name.lower() and price in (*_money(65), *(f"{m} a month" for m in _money(65)))
            and classes.lower() == "unlimited")

CARAVAN_RIVERSIDE_36 = _table_is(0, CARAVAN_PRICES, {(4, 1): _money(36)})
CARAVAN_RECEPTION_8 = tuple(para_text_is("Reception:", "Reception: " + CARAVAN_RECEPTION.replace("8:30am", t))
                            for t in ("8:00am", "8am", "8.00am", "8:00 am", "8 am", "8.00 am"))
CARAVAN_DEPOSIT_50 = tuple(para_text_is("Prices are for two adults", CARAVAN_PRICES_NOTE.replace("\u00a340", v))
                           for v in _money(50))
CARAVAN_SITE_RULES = ("Site rules", *CARAVAN_RULES)


def caravan_charging_added(doc: object, src: object = None) -> bool:
    """The extras table holds one new row at the bottom for electric car charging at £8 a charge; the rows above are
    as they were, in their order."""
    rows = _rows(doc, 1)
    if rows is None or len(rows) != len(CARAVAN_EXTRAS) + 1 or rows[:-1] != CARAVAN_EXTRAS or len(rows[-1]) != 2:
        return False
    extra, price = rows[-1][0].lower(), rows[-1][1]
    return (("charg" in extra and ("car" in extra or "ev" in extra.split() or "electric" in extra))
            and price in {f"{m}{s}" for m in _money(8) for s in ("", " a charge", " per charge", " each")})


HIST_MORGAN = _table_is(0, HIST_TALKS, {(4, 2): ("Dr Rhys Morgan", "Rhys Morgan")})
HIST_MEETINGS_7 = tuple(para_text_is("Meetings:", f"Meetings: second Wednesday of the month, {a} (doors open at {b})")
                        for a in RACE_SEVEN for b in ("6:30pm", "6.30pm", "6:30 pm", "6.30 pm"))
HIST_DISCOUNT_15 = tuple(para_text_is("Membership runs", HIST_MEMBERS.replace("10%", v))
                         for v in ("15%", "15 per cent", "15 percent"))
HIST_SIGN_OFF = all_of(fmt("With best wishes,", italic=True), fmt("Jean Whitlock", nth=2, italic=True),
                       fmt("Programme Secretary", italic=True))
HIST_HOW_TO_JOIN = ("How to join", *HIST_JOIN)


def hist_april_added(doc: object, src: object = None) -> bool:
    """The talks table holds one new row at the bottom for Kath Doyle's talk on Thornleigh's pubs on 14 April; the
    rows above are as they were, in their order."""
    rows = _rows(doc, 0)
    if rows is None or len(rows) != len(HIST_TALKS) + 1 or rows[:-1] != HIST_TALKS or len(rows[-1]) != 3:
        return False
    date, talk, speaker = (v.lower() for v in rows[-1])
    words = date.replace("14th", "14").replace(",", " ").split()
    return "14" in words and any(w.startswith("apr") for w in words) and "pubs" in talk and "doyle" in speaker


AUD_BRADMAN_3 = _table_is(1, AUD_SCHEDULE, {(5, 1): ("3:00pm", "3pm", "3.00pm", "3:00 pm", "3 pm", "3.00 pm")})
AUD_AGES_ITALIC = all_of(*(cells_fmt(0, row=r, col=1, italic=True) for r in range(1, len(AUD_PARTS))))
AUD_CONTACT_NEW = para_text_is("Contact:", "Contact: " + AUD_CONTACT.replace("07700 900614", "07700 900872"))
AUD_MEMBERS_35 = tuple(para_text_is("Pay the season", AUD_CAST[0].replace("\u00a330", v)) for v in _money(35))
AUD_REHEARSE_7 = tuple(para_text_is("Come to rehearsals", AUD_CAST[1].replace("7:30pm", t)) for t in RACE_SEVEN)
AUD_FEE_6 = tuple(para_text_is("The \u00a3", AUD_BRING[3].replace("\u00a35", v)) for v in _money(6))
AUD_TO_BRING = ("What to bring", *AUD_BRING)

ROTA_SWAPPED = _table_is(0, ROTA_DATES, {(3, 1): ("Derek and Sandra Bright",),
                                         (7, 1): ("Amir Haddad and Tom Quigley",)})
ROTA_KEYS_1 = tuple(para_text_is("Keys:", "Keys: " + ROTA_KEYS.replace("12:30pm", t))
                    for t in ("1:00pm", "1pm", "1.00pm", "1:00 pm", "1 pm", "1.00 pm"))
ROTA_COSTS_BOLD = all_of(*(cells_fmt(1, row=r, col=2, bold=True) for r in range(1, len(ROTA_SUPPLIES))))
ROTA_TWELVE = tuple(para_text_is("Thank you to everyone", ROTA_THANKS.replace("eleven", v)) for v in ("twelve", "12"))
ROTA_GOOD_TO_KNOW = ("Good to know", *ROTA_TIPS, "Safety:")
ROTA_SIGN_OFF = all_of(para("With thanks,", exact=True, align="right"), para("Pat Hennessy", exact=True, align="right"),
                       para("Rota Organiser", exact=True, align="right"))


def rota_brownies_added(doc: object, src: object = None) -> bool:
    """The rota holds one new row straight after 14 November for Karen Wilde and Jo Marsh on 21 November with no extra
    job; the other rows are as they were, in their order."""
    rows = _rows(doc, 0)
    if (rows is None or len(rows) != len(ROTA_DATES) + 1 or rows[:7] != ROTA_DATES[:7] or rows[8:] != ROTA_DATES[7:]
            or len(rows[7]) != 3):
        return False
    date, who, extra = (v.lower() for v in rows[7])
    words = date.replace("21st", "21").replace(",", " ").split()
    return ("21" in words and any(w.startswith("nov") for w in words) and "karen" in who
            and ("jo" in who.replace(",", " ").split() or "marsh" in who)
            and extra in ("", "\u2013", "-", "\u2014", "none", "no extra job", "n/a"))


SPORTS_SACK_1005 = _table_is(0, SPORTS_MORNING, {(2, 0): ("10:05am", "10.05am", "10:05 am", "10.05 am", "10:05")})
SPORTS_RESERVE_3 = tuple(para_text_is("Reserve date:", "Reserve date: " + SPORTS_RESERVE.replace("26 June", v))
                         for v in ("3 July", "3rd July"))
SPORTS_BRING_RANGE = ("What to bring", *SPORTS_BRING)
NURSERY_THREE = ("3:00pm", "3pm", "3.00pm", "3 pm", "3:00 pm", "3.00 pm")
NURSERY_FAIR_3 = _table_is(0, NURSERY_DATES, {(5, 2): NURSERY_THREE})
NURSERY_HANNAH_10 = tuple(para_text_is("We say a sad goodbye", NURSERY_STAFF.replace("Friday 3 July", v))
                          for v in ("Friday 10 July", "Friday 10th July"))
NURSERY_BEN_22 = tuple(para_text_is("We say a sad goodbye", NURSERY_STAFF.replace("Monday 15 June", v))
                       for v in ("Monday 22 June", "Monday 22nd June"))
NURSERY_CONSUMABLES_5 = tuple(para_text_is("Funded hours", NURSERY_FUNDED.replace("\u00a34.50", v)) for v in _money(5))
NURSERY_SUN_RANGE = ("Sun safety", *NURSERY_SUN)
NURSERY_LEAVERS_RANGE = ("For our leavers", *NURSERY_LEAVERS, "Parking:")


def nursery_early_bird_added(doc: object, src: object = None) -> bool:
    """The fees table holds one new row straight under its header for an early bird session from 7:30 to 9am at £12;
    the other rows are as they were, in their order."""
    rows = _rows(doc, 1)
    if rows is None or len(rows) != len(NURSERY_FEES) + 1 or rows[0] != NURSERY_FEES[0] or rows[2:] != NURSERY_FEES[1:]:
        return False
    if len(rows[1]) != 3:
        return False
    session, hours, fee = rows[1]
    span = hours.lower().replace(" ", "")
    for sep in ("\u2013", "\u2014", "until", "till", "to"):
        span = span.replace(sep, "-")
    start, _, end = span.partition("-")
    return ("early" in session.lower() and start in ("7:30am", "7:30", "7.30am", "7.30")
            and end in ("9:00am", "9am", "9:00", "9", "9.00am", "9.00") and fee in _money(12))


RIVER_SIAN = _table_is(0, RIVER_STRETCHES, {(2, 1): ("Sian Howells", "Si\u00e2n Howells")})
RIVER_HALF_ONE = ("1:30pm", "1.30pm", "1:30 pm", "1.30 pm")
RIVER_FINISH = tuple(para_text_is("Saturday 13 March", RIVER_LINE.replace("1:00pm", t)) for t in RIVER_HALF_ONE)
RIVER_WEDNESDAY = para_text_is("Soup and rolls", RIVER_SOUP.replace("Tuesday", "Wednesday"))
RIVER_83 = para_text_is("This will be our", RIVER_INTRO.replace("74 volunteers", "83 volunteers"))
RIVER_SAFETY_RANGE = ("Safety:", "Afterwards", "Soup and rolls")
WALKS_SWAPPED = _table_is(0, WALKS, {(6, 4): ("Ian McAllister",), (8, 4): ("Bev Nuttall",)})
WALKS_FEES = tuple(para_text_is("Membership:", "Membership: " + WALKS_MEMBERSHIP.replace("\u00a312", a)
                                .replace("\u00a318", b)) for a in _money(15) for b in _money(22))
WALKS_NINE_FIFTEEN = tuple(para_text_is("All walks start", WALKS_NOTE.replace("9:30am", t))
                           for t in ("9:15am", "9.15am", "9:15 am", "9.15 am"))
WALKS_NO_FIRST_AID = para_text_is("Here is the spring", WALKS_INTRO.replace(" " + WALKS_FIRST_AID, ""))
WALKS_KIT_RANGE = ("What to wear and carry", *WALKS_KIT)
WALKS_DOGS_TO_END = all_of(chars_in_paras(("Dogs:", "After most walks", "Happy walking,", "Walks Secretary"), size=10),
                           fmt("Alan Greaves", nth=2, size=10))
WALKS_CROSS_INN = tuple(para_text_is("After most walks", WALKS_SOCIAL.replace("the White Lion", v))
                        for v in ("the Cross Inn", "The Cross Inn"))


def walks_gibson_mill_added(doc: object, src: object = None) -> bool:
    """The walks table holds one new row straight after 23 May for Sunita's easy 4 mile short walk to Gibson Mill on
    30 May; the other rows are as they were, in their order."""
    rows = _rows(doc, 0)
    if rows is None or len(rows) != len(WALKS) + 1 or rows[:8] != WALKS[:8] or rows[9:] != WALKS[8:]:
        return False
    if len(rows[8]) != 5:
        return False
    date, walk, miles, grade, leader = (v.lower() for v in rows[8])
    words = date.replace("30th", "30").replace(",", " ").split()
    return ("30" in words and "may" in words and "gibson mill" in walk and miles in ("4", "4 miles")
            and grade == "easy" and "sunita" in leader)


HIRE_DIGGER_UP = _table_is(0, HIRE_RATES, {(3, 2): _money(145), (3, 3): _money(400)})
HIRE_REFUND_3 = tuple(para_text_is("Running late?", HIRE_LATE.replace("five working days", v))
                      for v in ("three working days", "3 working days"))
HIRE_SATURDAY_1 = tuple(para_text_is("Unit 4,", HIRE_ADDRESS.replace("12:00pm", t))
                        for t in ("1:00pm", "1pm", "1.00pm", "1:00 pm", "1 pm", "1.00 pm"))
HIRE_KIT_RANGE = ("Looking after the kit", *HIRE_CARE, "Damage waiver:", "Running late?")
HIRE_NAME = "Hollins Tool & Plant Hire"
HIRE_CLEANING_30 = tuple(para_text_is("Bring everything back clean", HIRE_CARE[3].replace("\u00a325", v))
                         for v in _money(30))


def hire_compactor_added(doc: object, src: object = None) -> bool:
    """The rates table ends with a plate compactor at £24 a half day, £34 a day, £85 a week and a £50 deposit; the rows
    above are as they were, in their order."""
    rows = _rows(doc, 0)
    if rows is None or len(rows) != len(HIRE_RATES) + 1 or rows[:-1] != HIRE_RATES or len(rows[-1]) != 5:
        return False
    tool, half, day, week, deposit = rows[-1]
    return ("compactor" in tool.lower() and half in _money(24) and day in _money(34) and week in _money(85)
            and deposit in _money(50))


TAXC_NO_PAPER = [*TAXC_DATES[:4], *TAXC_DATES[5:]]
TAXC_PARTNER = all_of(para_text_is("Partner", "Partner"), lacks_text("Senior Bookkeeper"),
                      fmt("Hazel Rhodes", bold=True))
TAXC_NEW_PHONE = para_text_is("2 Marsh Lane", TAXC_ADDRESS.replace("960587", "960944"))
TAXC_SENDING_RANGE = ("Sending your records", *TAXC_SEND)
TAXC_FEES_RANGE = ("All our fees include VAT.", "Payments on account:", "Thank you for trusting us")
TAXC_CLOSED_5 = tuple(para_text_is("Thank you for trusting us", TAXC_THANKS.replace("2 January", v))
                      for v in ("5 January", "5th January"))


def taxc_no_mileage(doc: object, src: object) -> bool:
    """The mileage log bullet is gone; every other paragraph of the body is there, in its order."""
    want = [p.text for p in body_paragraphs(src) if p.text.strip() and p.text != TAXC_NEED[3]]
    return [p.text for p in body_paragraphs(doc) if p.text.strip()] == want

BEE_VARROA_13 = _table_is(0, BEE_SESSIONS, {(5, 0): ("Tue 13 April", "Tues 13 April", "Tuesday 13 April",
                                                     "Tue 13th April", "Tues 13th April", "Tuesday 13th April")})
BEE_FEE_150 = tuple(para_text_is("Course fee:", "Course fee: " + BEE_FEE.replace("\u00a3145", v)) for v in _money(150))
BEE_HALF_SEVEN = tuple(para_text_is("Thank you for booking", BEE_INTRO.replace("7:00pm to 9:00pm", f"{a} to {b}"))
                       for a in ("7:30pm", "7.30pm", "7:30 pm", "7.30 pm", "7:30")
                       for b in ("9:30pm", "9.30pm", "9:30 pm", "9.30 pm"))
BEE_SIXTEEN = para_text_is("Thank you for booking", BEE_INTRO.replace("14 of you", "16 of you"))
BEE_APIARY_RANGE = (*BEE_STEPS, "You will almost certainly be stung")
BEE_SIGN_OFF = ("Happy beekeeping,", "Margaret Oduya", "Education Secretary")


def bee_no_dark_clothes(doc: object, src: object) -> bool:
    """The bullet about light-coloured clothes under the suit is gone; every other body paragraph is there, in order."""
    want = [p.text for p in body_paragraphs(src) if p.text.strip() and p.text != BEE_BRING[2]]
    return [p.text for p in body_paragraphs(doc) if p.text.strip()] == want


FILM_SWAPPED = [*FILMS[:4], [FILMS[4][0], *FILMS[5][1:]], [FILMS[5][0], *FILMS[4][1:]], FILMS[6]]
FILM_SWAP_KEYS = tuple(k for r, row in ((5, FILMS[5]), (6, FILMS[4])) for c in (2, 3, 4, 5)
                       for k in (select_cells(1, row=r, column=c), keys("{HOME}+{END}" + row[c - 1])))
FILM_GUEST_10 = _table_is(1, FILM_TICKETS, {(3, 1): _money(10)})
FILM_DOORS = tuple(para_text_is("Screenings at", FILM_LINE.replace("doors 7:00pm", "doors " + t))
                   for t in ("6:45pm", "6.45pm", "6:45 pm", "6.45 pm"))
FILM_PRIYA = para_text_is("Membership secretary:", "Membership secretary: "
                          + FILM_SECRETARY.replace("Anne Whitlock", "Priya Sandhu"))
FILM_TICKETS_CAPS = any_of(para_text_is("TICKETS AND PRICES", "TICKETS AND PRICES"),
                           fmt("Tickets and prices", caps=True))
FILM_NIGHT_RANGE = (*FILM_STEPS, FILM_LATE_RULE)
FILM_TITLE = "Autumn Season 2026: World Cinema"
FILM_AGM_29 = tuple(para_text_is("Our AGM", FILM_AGM.replace("22 January", v)) for v in ("29 January", "29th January"))
FILM_AMELIE = _table_is(0, FILMS, {(1, 1): ("Am\u00e9lie", "Ame\u0301lie")})


PARK_SECOND_95 = _table_is(0, PARK_PERMITS, {(2, 1): _money(95)})
PARK_CLOSES_26 = tuple(para_text_is("Consultation closes:", f"Consultation closes: Friday {d} March 2027")
                       for d in ("26", "26th"))
PARK_NEW_LINK = para_text_is("Fill in the online survey", PARK_STEPS[0].replace("/zonek", "/abbeyroad"))
PARK_PROPOSING_RANGE = ("What we are proposing", PARK_PROPOSAL, "Streets in the zone", *PARK_STREETS)
PARK_163 = para_text_is("We are writing", PARK_INTRO.replace("146 complaints", "163 complaints"))


def park_no_email(doc: object, src: object) -> bool:
    """The step about emailing the parking team is gone; every other paragraph of the body is there, in its order."""
    want = [p.text for p in body_paragraphs(src) if p.text.strip() and p.text != PARK_STEPS[1]]
    return [p.text for p in body_paragraphs(doc) if p.text.strip()] == want


REPAIR_AGM_130 = _table_is(1, REPAIR_DATES, {(3, 2): tuple(f"Repair caf\u00e9 AGM at {t}"
                                                          for t in ("1:30pm", "1.30pm", "1:30 pm", "1.30 pm"))})
REPAIR_ROOM = tuple(para_text_is("Second Saturday", REPAIR_LINE.replace("Church Hall", v))
                    for v in ("Community Room", "community room"))
REPAIR_LAST_1215 = tuple(para_text_is("All sessions run", REPAIR_DATES_NOTE.replace("12:30pm", t))
                         for t in ("12:15pm", "12.15pm", "12:15 pm", "12.15 pm"))
REPAIR_HOW_RANGE = ("How it works", *REPAIR_STEPS)
REPAIR_SIGN_OFF = all_of(chars_in_paras(["Happy mending,"], italic=True), fmt("Fiona Achebe", nth=2, italic=True),
                         fmt(REPAIR_NAME, nth=2, italic=True))
REPAIR_845 = para_text_is("Bring us your broken", REPAIR_INTRO.replace("fixed 812", "fixed 845"))


def repair_clock_added(doc: object, src: object = None) -> bool:
    """The fixers table ends with table 8 for clocks, Eddie Marsh's; the rows above are as they were, in their
    order."""
    rows = _rows(doc, 0)
    if rows is None or len(rows) != len(REPAIR_FIXERS) + 1 or rows[:-1] != REPAIR_FIXERS or len(rows[-1]) != 3:
        return False
    number, what, who = (v.lower() for v in rows[-1])
    return number in ("8", "table 8") and "clock" in what and "eddie" in who


CARE_DENISE = _table_is(0, CARE_ACTIVITIES, {(3, 4): ("Denise Clarke",)})
CARE_NO_PETS = [*CARE_ACTIVITIES[:4], *CARE_ACTIVITIES[5:]]
CARE_PRICES_RIGHT = any_of(cells_para(1, col=1, align="right"),
                           all_of(*(cells_para(1, row=r, col=1, align="right") for r in range(1, len(CARE_EXTRAS)))))
CARE_HALF_SEVEN = tuple(para_text_is("You\u2019re welcome to visit", CARE_VISIT.replace("8:00pm", t))
                        for t in ("7:30pm", "7.30pm", "7:30 pm", "7.30 pm"))
CARE_MEETING_16 = tuple(all_of(para_text_is("Our next residents", CARE_MEETING.replace("9 June", v)),
                               fmt(v, highlight=True)) for v in ("16 June", "16th June"))
CARE_NO_MINIBUS = para_text_is("Families are welcome", CARE_ACT_NOTE.replace(" " + CARE_MINIBUS, ""))
CARE_VISIT_RANGE = ("Visiting times", CARE_VISIT, *CARE_RULES)
CARE_GREETING = tuple(para_text_is("Dear ", v) for v in ("Dear relatives and friends,", "Dear relatives and friends"))
CARE_41 = para_text_is("Spring has finally", CARE_INTRO.replace("38 residents", "41 residents"))

SWEEP_AGA_90 = _table_is(0, SWEEP_PRICES, {(4, 2): _money(90)})
SWEEP_DAYS_SWAPPED = any_of(
    _table_is(1, SWEEP_AREAS, {(2, 1): ("Wednesday",), (3, 1): ("Tuesday",)}),
    table_rows(1, [*SWEEP_AREAS[:2], [SWEEP_AREAS[3][0], "Tuesday", SWEEP_AREAS[3][2]],
                   [SWEEP_AREAS[2][0], "Wednesday", SWEEP_AREAS[2][2]], *SWEEP_AREAS[4:]]))
SWEEP_APRIL = tuple(para_text_is("Valid from:", f"Valid from: {v} 2027 until further notice")
                    for v in ("1 April", "1st April"))
SWEEP_BEFORE_RANGE = ("Before I arrive", *SWEEP_STEPS, SWEEP_ARRIVE)
SWEEP_NACS = tuple(para_text_is("Nick Hartley \u2013", SWEEP_CONTACT.replace("the Guild of Master Sweeps", v))
                   for v in ("the National Association of Chimney Sweeps",
                             "the National Association of Chimney Sweeps (NACS)"))
SWEEP_WHARFEDALE = para_text_is("Thanks for getting", SWEEP_INTRO.replace("Wharfdale", "Wharfedale"))


def sweep_pot_added(doc: object, src: object = None) -> bool:
    """The prices table ends with chimney pot replacement, about 3 hours, at £180; the rows above are as they were, in
    their order."""
    rows = _rows(doc, 0)
    if rows is None or len(rows) != len(SWEEP_PRICES) + 1 or rows[:-1] != SWEEP_PRICES or len(rows[-1]) != 3:
        return False
    service, time, price = (v.lower() for v in rows[-1])
    return ("pot" in service and ("3" in time or "three" in time) and ("hour" in time or "hr" in time)
            and "\u00a3180" in price.replace(".00", ""))


def sweep_drone(doc: object, src: object = None) -> bool:
    """The bullet about looking at the pot and cowl says a drone does it now, not binoculars."""
    hits = [p.text.lower() for p in body_paragraphs(doc) if p.text.startswith("A look at the pot and cowl")]
    return len(hits) == 1 and "drone" in hits[0] and "binocular" not in hits[0]


def sweep_no_pets(doc: object, src: object) -> bool:
    """The step about shutting pets away is gone; every other paragraph of the body is there, in its order."""
    want = [p.text for p in body_paragraphs(src) if p.text.strip() and p.text != SWEEP_STEPS[3]]
    return [p.text for p in body_paragraphs(doc) if p.text.strip()] == want


def gill_sans(v: str | None) -> bool:
    """A font name a person would take for Gill Sans (Gill Sans MT, Gill Sans Nova ...)."""
    return v is not None and v.lower().startswith("gill sans")


RAIL_BEN = _table_is(0, RAIL_LAYOUTS, {(2, 3): ("Ben Pascoe",)})
RAIL_SUNDAY_430 = tuple(para_text_is("Opening times:", "Opening times: " + RAIL_TIMES.replace("to 4:00pm", "to " + t))
                        for t in ("4:30pm", "4.30pm", "4:30 pm", "4.30 pm"))
RAIL_THURSDAY = para_text_is("We meet every", RAIL_JOIN.replace("every Tuesday", "every Thursday"))
RAIL_NO_CASH = para_text_is("Most of our traders", RAIL_TRADERS_NOTE.replace(" " + RAIL_CASH, ""))
RAIL_EXHIBITORS_ITALIC = all_of(*(cells_fmt(0, row=r, col=3, italic=True) for r in range(1, len(RAIL_LAYOUTS))))
RAIL_KIDS_RANGE = ("For younger visitors", *RAIL_KIDS)
RAIL_NAME = "Wensleydale Model Railway Club"
RAIL_1260 = tuple(para_text_is("Welcome to our", RAIL_WELCOME.replace("1,140", v)) for v in ("1,260", "1260"))
RAIL_RIBBLEHEAD = _table_is(0, RAIL_LAYOUTS, {(7, 1): ("Ribblehead Viaduct",)})

BONF_SAFE_RANGE = ("Keeping safe", *BONF_SAFETY)
BONF_NEW_PHONE = para_text_is("Organiser:", "Organiser: " + BONF_ORGANISER.replace("900842", "900913"))
BONF_HOG_7 = tuple(para_text_is("Hog roast rolls", BONF_FOOD[0].replace("\u00a36.50", v)) for v in _money(7))
BONF_25 = para_text_is("After last year", BONF_INTRO.replace("about 20 minutes", "about 25 minutes"))
BONF_GATE_BOLD = all_of(*(cells_fmt(1, row=r, col=2, bold=True) for r in range(1, len(BONF_TICKETS))))


def bonf_guy_added(doc: object, src: object = None) -> bool:
    """The programme table holds one new row straight after the lantern parade for the best guy judging at 6:00pm at
    the bonfire; the other rows are as they were, in their order."""
    rows = _rows(doc, 0)
    row = None if rows is None else _one_new_row(rows, BONF_PROGRAMME)
    if row is None or rows[3] != row:
        return False
    time, what, where = (v.lower() for v in row)
    return (time.replace(" ", "") in ("6:00pm", "6pm", "6.00pm", "18:00", "18.00") and "guy" in what
            and "bonfire" in where)


def bonf_edna_lights(doc: object, src: object = None) -> bool:
    """Edna Firth lights the bonfire, not the Mayor; every other cell of the programme table is as it was."""
    rows = _rows(doc, 0)
    if rows is None or len(rows) != len(BONF_PROGRAMME) or len(rows[3]) != 3:
        return False
    what = rows[3][1].lower()
    return (all(rows[k] == r for k, r in enumerate(BONF_PROGRAMME) if k != 3)
            and [rows[3][0], rows[3][2]] == [BONF_PROGRAMME[3][0], BONF_PROGRAMME[3][2]]
            and "edna" in what and ("bonfire" in what or "lit" in what) and "mayor" not in what)

UNIF_JUMPER = _table_is(0, UNIF_PRICES, {(3, 2): _money(15.5)})
UNIF_RAIL_CENTRE = any_of(cells_para(1, col=1, align="center"),
                          all_of(*(cells_para(1, row=r, col=1, align="center") for r in range(1, len(UNIF_RAIL)))))
UNIF_G16 = para_text_is("Run by volunteers", UNIF_LINE.replace("Room G14", "Room G16"))
UNIF_GRANT_175 = tuple(all_of(para_text_is("If your child gets", UNIF_HELP.replace("\u00a3150", v)),
                              chars_in_paras(["If your child gets"], italic=True)) for v in _money(175))
UNIF_NO_LOST = para_text_is("Every penny", UNIF_INTRO.replace(" " + UNIF_LOST, ""))
UNIF_ORDER_RANGE = ("How to order", *UNIF_STEPS, UNIF_AUGUST)
UNIF_45 = para_text_is("Every penny", UNIF_INTRO.replace("40 graphic", "45 graphic"))
UNIF_FAIRCLOUGH = para_text_is("Shop manager:", "Shop manager: " + UNIF_MANAGER.replace("Fairclogh", "Fairclough"))

WINT_SWAPPED = _table_is(0, WINT_SESSIONS, {(1, 4): ("Dave Sutcliffe",), (4, 4): ("Tom Greenwood",)})
WINT_WHARF = tuple(all_of(para_text_is("Our Christmas do", WINT_SOCIAL.replace("the White Lion", v)),
                          fmt("Winter social", color="green"))
                   for v in ("the Stubbing Wharf", "The Stubbing Wharf", "Stubbing Wharf"))
WINT_400 = para_text_is("Wear a head torch", WINT_DARK[0].replace("300 lumens", "400 lumens"))
WINT_NO_HILLS = para_text_is("Track nights cost", WINT_SESSIONS_NOTE.replace(" " + WINT_HILLS, ""))
WINT_WEATHER_RANGE = ("If the weather turns", *WINT_WEATHER)
WINT_71 = para_text_is("The clocks have gone back", WINT_INTRO.replace("64 members", "71 members"))


def wint_friday_added(doc: object, src: object = None) -> bool:
    """The sessions table holds one new row straight after Thursday's for Jo Marsden's Friday social run at 6:30pm
    from the Hole in the Wall; the other rows are as they were, in their order."""
    rows = _rows(doc, 0)
    row = None if rows is None else _one_new_row(rows, WINT_SESSIONS)
    if row is None or rows[5] != row:
        return False
    day, session, time, meet, leader = (v.lower() for v in row)
    return (day.startswith("fri") and "social" in session
            and time.replace(" ", "") in ("6:30pm", "6.30pm", "18:30", "18.30")
            and "hole in the wall" in meet and "marsden" in leader)


BELL_MARGARET = _table_is(0, BELL_ROTA, {(6, 3): ("Margaret Ince",)})
BELL_NO_TREES = [*BELL_PEALS[:4], *BELL_PEALS[5:]]
BELL_TIMES_RED = all_of(*(cells_fmt(0, row=r, col=2, color="red") for r in range(1, len(BELL_ROTA))))
BELL_COACH_8 = tuple(para_text_is("Outing:", "Outing: " + BELL_OUTING.replace("8:30am", t))
                     for t in ("8:00am", "8am", "8.00am", "8:00 am", "8 am", "8.00 am"))
BELL_NEW_PHONE = para_text_is("Tower captain:", "Tower captain: " + BELL_CAPTAIN.replace("900615", "900728"))
BELL_LEARN_RANGE = ("For our learners", *BELL_LEARN)
BELL_GREETING = tuple(para_text_is("Hello", v) for v in ("Hello everyone,", "Hello everyone", "Hello everyone!"))
BELL_13 = tuple(para_text_is("What a summer", BELL_INTRO.replace("11 weddings", v))
                for v in ("13 weddings", "thirteen weddings"))


def bell_no_simulator(doc: object, src: object) -> bool:
    """The learners' bullet about the simulator at Richmond is gone; every other body paragraph is there, in order."""
    want = [p.text for p in body_paragraphs(src) if p.text.strip() and p.text != BELL_LEARN[2]]
    return [p.text for p in body_paragraphs(doc) if p.text.strip()] == want


PROM_STANDARD_35 = _table_is(0, PROM_TICKETS, {(1, 1): _money(35)})
PROM_TIMES_BOLD = all_of(*(cells_fmt(1, row=r, col=0, bold=True) for r in range(1, len(PROM_ORDER))))
PROM_CLOSES_19 = tuple(para_text_is("Tickets on sale:", "Tickets on sale: " + PROM_ON_SALE.replace("26 March", v))
                       for v in ("19 March", "19th March"))
PROM_LIMO_11 = tuple(para_text_is("Students arriving by", PROM_RULES[3].replace("18 June", v))
                     for v in ("11 June", "11th June"))
PROM_RULES_RANGE = ("Rules for the night", *PROM_RULES)
PROM_16 = para_text_is("After all their", PROM_INTRO.replace("of 14 students", "of 16 students"))
PROM_SEPARATE = para_text_is("Students who aren", PROM_ORDER_NOTE.replace("seperate", "separate"))


def brush_script(v: str | None) -> bool:
    """A font name a person would take for Brush Script (Brush Script MT, Brush Script Std ...)."""
    return v is not None and v.lower().startswith("brush script")


def prom_photo_added(doc: object, src: object = None) -> bool:
    """The running order holds one new row straight after the red carpet arrivals for a year group photo at 7:15pm;
    the other rows are as they were, in their order."""
    rows = _rows(doc, 1)
    row = None if rows is None else _one_new_row(rows, PROM_ORDER)
    if row is None or rows[3] != row:
        return False
    time, what = (v.lower() for v in row)
    return time.replace(" ", "") in ("7:15pm", "7.15pm", "19:15", "19.15") and "photo" in what


ORCH_JOE = _table_is(0, ORCH_PLAN, {(3, 2): ("Joe Whiteley",)})
ORCH_NO_RIBSTON = [*ORCH_SCIONS[:3], *ORCH_SCIONS[4:]]
ORCH_WASSAIL_430 = tuple(para_text_is("When:", "When: " + ORCH_WHEN.replace("4:00pm", t))
                         for t in ("4:30pm", "4.30pm", "4:30 pm", "4.30 pm"))
ORCH_GRAFT_10 = tuple(all_of(para_text_is("Grafting", "Grafting workshop: " + ORCH_GRAFT.replace("\u00a312", v)),
                             chars_in_paras(["Grafting workshop:"], bold=True)) for v in _money(10))
ORCH_NO_DOGS = para_text_is("You don\u2019t have to stay", ORCH_PLAN_NOTE.replace(" " + ORCH_DOGS, ""))
ORCH_PRUNE_RANGE = ("How we prune", *ORCH_RULES, ORCH_OLD)
ORCH_47 = para_text_is("It\u2019s that time again", ORCH_INTRO.replace("41 trees", "47 trees"))
ORCH_KERNEL = para_text_is("It\u2019s that time again", ORCH_INTRO.replace("Kernal", "Kernel"))
ORCH_SIGN_OFF_RIGHT = all_of(*(para(t, exact=True, align="right") for t in ORCH_SIGN_OFF))

MOB_ASKRIGG = _table_is(0, MOB_STOPS, {(3, 1): ("Outside the primary school", "Outside the Primary School",
                                                "The primary school", "Primary school",
                                                "Outside Askrigg Primary School", "Askrigg Primary School")})
MOB_DAYS_BOLD = all_of(*(cells_fmt(0, row=r, col=2, bold=True) for r in range(1, len(MOB_STOPS))))
MOB_STUART = para_text_is("On the van:", "On the van: " + MOB_STAFF.replace("Colin Metcalfe", "Stuart Kettlewell"))
MOB_RENEW_5 = tuple(all_of(para_text_is("Books are lent", MOB_CHARGES_NOTE.replace("three times", v)),
                           chars_in_paras(["Books are lent"], italic=True)) for v in ("five times", "5 times"))
MOB_NO_CASH = para_text_is("Books are lent", MOB_CHARGES_NOTE.replace(" " + MOB_CASH, ""))
MOB_ORDER_RANGE = ("Ordering a book we don\u2019t carry", *MOB_ORDER)
MOB_438 = para_text_is("The van is back", MOB_INTRO.replace("412 of you", "438 of you"))


def mob_carperby_added(doc: object, src: object = None) -> bool:
    """The stops table holds one new row straight after Bainbridge's for Carperby on Tuesday, outside the Wheatsheaf,
    3:00pm to 3:30pm; the other rows are as they were, in their order."""
    rows = _rows(doc, 0)
    row = None if rows is None else _one_new_row(rows, MOB_STOPS)
    if row is None or rows[5] != row:
        return False
    village, stop, day, time = (v.lower() for v in row)
    times = {f"{a}{sep}{b}" for a in ("3:00pm", "3pm", "3:00", "3", "15:00") for b in ("3:30pm", "15:30")
             for sep in ("to", "-", "\u2013", "till", "until")}
    return (village == "carperby" and "wheatsheaf" in stop and day.startswith("tue")
            and time.replace(" ", "").replace(".", ":") in times)
CODE_DAY_40 = _table_is(1, CODE_COSTS, {(2, 1): _money(40)})
CODE_PAY_3 = tuple(para_text_is("Payment is due", CODE_PAYMENT.replace("Friday 10 July", v))
                   for v in ("Friday 3 July", "Friday 3rd July"))
CODE_NO_NEWBIES = para_text_is("Children are split", CODE_WEEK_NOTE.replace(" " + CODE_NEWBIES, ""))
CODE_STEPS_RANGE = (*CODE_STEPS, "Screen time:")
CODE_48 = para_text_is("Their own laptop", CODE_BRING[4].replace("40 Chromebooks", "48 Chromebooks"))
CODE_PYTHON = para_text_is("Families are warmly", CODE_SHOW.replace("Pyhton", "Python"))
# the name in the sign-off is the second "Nadia Oyelaran" (the first is next to "Camp leader:")
CODE_SIGN_OFF_ITALIC = all_of(fmt(CODE_SIGN_OFF[0], italic=True), fmt(CODE_SIGN_OFF[1], nth=2, italic=True),
                              fmt(CODE_SIGN_OFF[2], italic=True))


def comic_sans(v: str | None) -> bool:
    """A font name a person would take for Comic Sans (Comic Sans MS, Comic Sans ...)."""
    return v is not None and v.lower().startswith("comic sans")


HOG_BURLEY_WED = _table_is(1, HOG_PICKUP, {(2, 1): tuple(f"Wednesday {d} April, 6:30pm to 8:00pm"
                                                          for d in ("29", "29th"))})
HOG_NUMBERS_CENTRE = all_of(*(cells_para(0, row=r, col=c, align="center")
                              for r in range(1, len(HOG_RESULTS)) for c in (1, 2, 3)))
HOG_FIRST_MONDAY = para_text_is("Records to:", "Records to: " + HOG_RECORDS.replace("first Sunday", "first Monday"))
HOG_SURVEY_RANGE = ("How to survey", *HOG_STEPS)
HOG_67 = para_text_is("Thank you for signing up", HOG_INTRO.replace("64 gardens", "67 gardens"))


def hog_addingham_added(doc: object, src: object = None) -> bool:
    """The kit pick-up table ends with one new row for Addingham Memorial Hall on Sunday 26 April, 2:00pm to 4:00pm,
    asking for Pete Crossley; the other rows are as they were, in their order."""
    rows = _rows(doc, 1)
    row = None if rows is None else _one_new_row(rows, HOG_PICKUP)
    if row is None or rows[-1] != row:
        return False
    where, when, who = (v.lower() for v in row)
    when = when.replace(" ", "").replace(".", ":")
    return ("addingham" in where and "memorial hall" in where and "26" in when and "apr" in when
            and any(t in when for t in ("2pm", "2:00pm", "14:00"))
            and any(t in when for t in ("4pm", "4:00pm", "16:00"))
            and "crossley" in who)


CASES: list[Case] = [
    # ---- quoted
    Case("d-memo-quoted-bold", "memo", 'Make "18,500 pounds" bold', "quoted",
         fmt("18,500 pounds", bold=True), Targets(spans=("18,500 pounds",), props=("bold",)),
         (select("18,500 pounds"), click("Bold"))),
    Case("d-letter-quoted-italic", "letter", "can you italicize 'twenty-minute talk'", "quoted",
         fmt("twenty-minute talk", italic=True), Targets(spans=("twenty-minute talk",), props=("italic",)),
         (select("twenty-minute talk"), click("Italic"))),
    Case("d-packing-quoted-strike", "packing", 'strike through "Sun cream", already packed it', "quoted",
         fmt("Sun cream", strike=True), Targets(spans=("Sun cream",), props=("strike",)),
         (select("Sun cream"), click("Strikethrough"))),
    # ---- role
    Case("d-memo-role-title", "memo", "make the title red", "role",
         fmt("Office Move", color="red"), Targets(paras=(0,), props=("color",)),
         (select("Office Move"), value("Font Color", "Red"))),
    Case("d-letter-role-greeting", "letter", "Underline the greeting please.", "role",
         fmt("Dear Ms Patel,", underline=True), Targets(paras=(3,), props=("underline",)),
         (select("Dear Ms Patel,"), click("Underline"))),
    Case("d-letter-role-signature", "letter", "put my signature in italics", "role",
         fmt("Tom Baker", italic=True), Targets(paras=("Kind regards,", "Tom Baker"), props=("italic",)),
         (select("Tom Baker"), click("Italic"))),
    Case("d-recipe-role-subtitle", "recipe", "bold the subtitle", "role",
         fmt("Serves 8, ready in about an hour", bold=True), Targets(paras=(1,), props=("bold",)),
         (select("Serves 8, ready in about an hour"), click("Bold"))),
    Case("d-roster-role-heading-underline", "roster", "underline the heading", "role",
         fmt("Food Bank Volunteer Roster", underline=True), Targets(paras=(0,), props=("underline",)),
         (select("Food Bank Volunteer Roster"), click("Underline"))),
    Case("d-roster-role-heading", "roster", "Make the roster title a Heading 1", "role",
         para("Food Bank Volunteer Roster", style="Heading 1"), Targets(paras=(0,)),
         (select("Food Bank Volunteer Roster"), value("Paragraph Style", "Heading 1"))),
    # ---- whole document
    Case("d-memo-whole-font", "memo", "make everything Arial", "whole_document",
         every_char(font="Arial"), Targets(everything=True, props=("font",)),
         (keys("^a"), value("Font Name", "Arial"))),
    Case("d-letter-whole-spacing", "letter", "double-space the whole thing", "whole_document",
         every_para(line=2.0), Targets(everything=True, props=("line",)),
         (keys("^a"), value("Line Spacing", "2"))),
    Case("d-roster-whole-size", "roster", "Set all the text to 12 pt please, table included.", "whole_document",
         every_char(size=12), Targets(everything=True, props=("size",)),
         (keys("^a"), value("Font Size", "12"))),
    # ---- table
    Case("d-roster-table-header", "roster", "bold the header row of the table", "table",
         cells_fmt(0, row=0, bold=True), Targets(cells=((0, 0, None),), props=("bold",)),
         (select("Name"), click("Row"), click("Bold"))),
    Case("d-roster-table-add-row", "roster", "add an empty row at the bottom of the table", "table",
         table_rows(0, [*ROSTER, ["", "", ""]]), Targets(tables=(0,), new_rows=1),
         (select("Joe Adeyemi"), click("Rows Below"))),
    Case("d-roster-table-cell", "roster", "Marcus's shift is now 13:00 to 16:00, update the table", "table",
         table_rows(0, [r if r[0] != "Marcus Lee" else ["Marcus Lee", "13:00 to 16:00", r[2]] for r in ROSTER]),
         Targets(cells=((0, 2, 1),), text=True, props=()),
         (select("12:00 to 15:00"), keys("13:00 to 16:00"))),
    Case("d-roster-table-column", "roster", "italicise the phone column", "table",
         cells_fmt(0, col=2, italic=True), Targets(cells=((0, None, 2),), props=("italic",)),
         (select("Phone"), click("Column"), click("Italic"))),
    Case("d-roster-table-cell-coords", "roster", "bold the cell in the third row, second column", "table",
         cells_fmt(0, row=2, col=1, bold=True), Targets(cells=((0, 2, 1),), props=("bold",)),
         (select("12:00 to 15:00"), click("Bold"))),
    Case("d-roster-table-first-column", "roster", "Underline the first column.", "table",
         cells_fmt(0, col=0, underline=True), Targets(cells=((0, None, 0),), props=("underline",)),
         (select("Name"), click("Column"), click("Underline"))),
    # ---- several operations at once
    Case("d-memo-multi-title", "memo", "make the title bold, centred and 28pt", "multi_op",
         all_of(fmt("Office Move", bold=True, size=28), para("Office Move", align="center")),
         Targets(paras=(0,), props=("bold", "size", "align")),
         (select("Office Move"), click("Bold"), click("Align Center"), value("Font Size", "28"))),
    Case("d-recipe-multi-heading", "recipe", "Ingredients heading: underline it and make it green", "multi_op",
         fmt("Ingredients", underline=True, color="green"), Targets(paras=(2,), props=("underline", "color")),
         (select("Ingredients"), click("Underline"), value("Font Color", "Green"))),
    # ---- unquoted mentions
    Case("d-packing-unquoted", "packing", "make Phone charger and travel adapter bold", "unquoted",
         fmt("Phone charger and travel adapter", bold=True),
         Targets(spans=("Phone charger and travel adapter",), props=("bold",)),
         (select("Phone charger and travel adapter"), click("Bold"))),
    Case("d-lab-unquoted", "lab_note", "underline Supervisor: Dr Okafor", "unquoted",
         fmt("Supervisor: Dr Okafor", underline=True),
         Targets(spans=("Supervisor: Dr Okafor.",), props=("underline",)),
         (select("Supervisor: Dr Okafor"), click("Underline"))),
    Case("d-packing-unquoted-delete", "packing", "delete the sun cream line", "unquoted",
         body_texts_are(PACKING_WITHOUT_SUN_CREAM), Targets(paras=("Sun cream",), removed=True, text=True),
         (select("Sun cream"), keys("{HOME}+{DOWN}{DELETE}"))),
    # ---- typos
    Case("d-memo-typo", "memo", "pls make teh summery heading italic", "typo",
         fmt("Summary", italic=True), Targets(paras=(4,), props=("italic",)),
         (select("Summary"), click("Italic"))),
    Case("d-letter-typo", "letter", "centre teh date", "typo",
         para("12 May 2026", align="center"), Targets(paras=(2,), props=("align",)),
         (select("12 May 2026"), click("Align Center"))),
    Case("d-recipe-typo", "recipe", "highlite the eggs line in yelow", "typo",
         fmt("4 eggs", highlight="yellow"), Targets(paras=("4 eggs",), props=("highlight",)),
         (select("4 eggs"), value("Character Highlighting Color", "Yellow"))),
    Case("d-memo-typo-caps", "memo", "make the tittle all caps", "typo",
         any_of(has_text("OFFICE MOVE"), fmt("Office Move", caps=True)),
         Targets(paras=(0,), text=True, props=("caps",)),
         (select("Office Move"), click("UPPERCASE"))),
    # ---- by content
    Case("d-memo-content-budget", "memo", "italicise the paragraph about the budget", "by_content",
         chars_in_paras([BUDGET], italic=True), Targets(paras=(6,), props=("italic",)),
         (select(BUDGET), click("Italic"))),
    Case("d-lab-content-salt", "lab_note", "the sentence about the salt water should be red", "by_content",
         chars_in_paras([SALT], color="red"), Targets(paras=(4,), props=("color",)),
         (select(SALT), value("Font Color", "Red"))),
    Case("d-packing-content-bullets", "packing", "turn the before-we-leave steps into bullet points", "by_content",
         paras_all(["Water the plants", "Lock the back door"], list=bulleted), Targets(paras=(8, 9), props=("list",)),
         (select("Water the plants"), keys("+{DOWN}"), click("Unordered List"))),
    # ---- by position
    Case("d-memo-position-last", "memo", "make the last paragraph 9 pt", "by_position",
         chars_in_paras([QUESTIONS], size=9), Targets(paras=(11,), props=("size",)),
         (select(QUESTIONS), value("Font Size", "9"))),
    Case("d-recipe-position-bullet", "recipe", "Could you bold the second bullet?", "by_position",
         fmt("225 g caster sugar", bold=True), Targets(paras=(4,), props=("bold",)),
         (select("225 g caster sugar"), click("Bold"))),
    Case("d-roster-position-second", "roster", "second paragraph in italics", "by_position",
         chars_in_paras(["Saturday shifts for April."], italic=True), Targets(paras=(1,), props=("italic",)),
         (select("Saturday shifts for April. Please arrive ten minutes early."), click("Italic"))),
    Case("d-lab-position-indent", "lab_note", "indent the last paragraph a bit", "by_position",
         more_indented("Next time we will measure"), Targets(paras=(6,), props=("indent",)),
         (select("Next time we will measure"), click("Increase Indent"))),
    # ---- a character inside a word
    Case("d-lab-char-h2o", "lab_note", "the 2 in H2O should be subscript", "char_in_word",
         fmt("H[2]O", vert="subscript"), Targets(spans=("H[2]O",), props=("vert",)),
         (select("H2O"), keys("{LEFT}+{LEFT}"), click("Subscript"))),
    Case("d-lab-char-m2", "lab_note", "make the 2 in m2 superscript", "char_in_word",
         fmt("m[2]", vert="superscript"), Targets(spans=("m[2]",), props=("vert",)),
         (select("m2"), keys("{LEFT}+{RIGHT}"), click("Superscript"))),
    # ---- paragraph ranges
    Case("d-packing-range-italic", "packing", "make the first two paragraphs italic", "paragraph_range",
         chars_in_paras(["Packing List for Lisbon", "Flight on Friday"], italic=True),
         Targets(paras=(0, 1), props=("italic",)),
         (keys(FIRST_TWO), click("Italic"))),
    Case("d-lab-range-spacing", "lab_note", "double space paragraphs 3 to 5", "paragraph_range",
         paras_all(["We split H2O", "The gas at the anode", "With salt added"], line=2.0),
         Targets(paras=(2, 3, 4), props=("line",)),
         (select("We split H2O"), keys("{HOME}^+{DOWN}+{RIGHT}^+{DOWN}+{RIGHT}^+{DOWN}"),
          value("Line Spacing", "2"))),
    # ---- insert a table
    Case("d-memo-insert-table-end", "memo", "add a 3x2 table at the end", "insert_table",
         new_table(3, 2, at_end=True), Targets(new_tables=1, new_paras=2),
         (keys("^{END}"), insert_table(3, 2))),
    Case("d-packing-insert-table", "packing", "insert a table with 4 rows and 2 columns after the flight line",
         "insert_table", new_table(4, 2, after="Flight on Friday"), Targets(new_tables=1, new_paras=2),
         (select("pack the night before."), keys("{END}"), insert_table(4, 2))),
    # ---- page breaks
    Case("d-recipe-page-break", "recipe", "put the method on a new page", "page_break",
         page_break_between("2 unwaxed lemons", "Method"),
         Targets(paras=("2 unwaxed lemons", "Method"), props=("breaks",), new_paras=2),
         (select("Method"), keys("{HOME}"), click("Page Break"))),
    # written 2026-12-05 (morning) after the blind page-break kind fell to 0 / 3, without reading it: "before" and
    # "after" a paragraph, a target by role and one by content
    Case("d-recipe-break-before-method", "recipe", "Insert a page break before the Method heading.", "page_break",
         page_break_between("2 unwaxed lemons", "Method"),
         Targets(paras=("2 unwaxed lemons", "Method"), props=("breaks",), new_paras=2),
         (select("Method"), keys("{HOME}"), click("Page Break"))),
    Case("d-memo-break-after-budget", "memo", "Add a page break after the paragraph about the budget.",
         "page_break", page_break_between(BUDGET, "What you need to do"),
         Targets(paras=(BUDGET, "What you need to do"), props=("breaks",), new_paras=2),
         (select("two weeks of storage."), keys("{END}"), click("Page Break"))),
    Case("d-memo-summary-page-two", "memo", "Insert a page break so the Summary heading starts on page 2.",
         "page_break", page_break_between("Date: 3 March 2026", "Summary"),
         Targets(paras=("Date: 3 March 2026", "Summary"), props=("breaks",), new_paras=2),
         (select("Summary"), keys("{HOME}"), click("Page Break"))),
    Case("d-letter-signature-own-page", "letter", "put the signature on its own page", "page_break",
         page_break_between("Kind regards,", "Tom Baker"),
         Targets(paras=("Kind regards,", "Tom Baker"), props=("breaks",), new_paras=2),
         (select("Tom Baker"), keys("{HOME}"), click("Page Break"))),
    Case("d-letter-blank-page", "letter", "add a blank page at the end", "page_break",
         blank_page_at_end(), Targets(paras=("Tom Baker",), props=("breaks",), new_paras=2),
         (keys("^{END}"), click("Page Break"))),
    # ---- what the product cannot do: the document must stay untouched
    Case("d-memo-infeasible-email", "memo", "email this to the whole team", "infeasible", unchanged()),
    Case("d-letter-infeasible-print", "letter", "print two copies of this letter pls", "infeasible", unchanged()),
    Case("d-recipe-infeasible-translate", "recipe", "Translate the recipe into French.", "infeasible",
         unchanged()),
    Case("d-roster-infeasible-chart", "roster", "add a chart of the shifts from shifts.xlsx", "infeasible",
         unchanged()),
    # ---- written 2026-12-06 from a probe of 30 requests on new documents; each rule that makes these pass was
    # written reading their failures, so they are tuned on, like every DEV case
    Case("d-minutes-table-column-everything", "minutes", "Center everything in the Due column", "table",
         cells_para(0, col=2, align="center"), Targets(cells=((0, None, 2),), props=("align",)),
         (select_cells(1, column=3), click("Align Center"))),
    Case("d-minutes-change-in-section", "minutes", "Change Tom to Tomasz in the action points", "unquoted",
         table_rows(0, [MINUTES[0], MINUTES[1], ["Print raffle tickets", "Tomasz", "20 April"], MINUTES[3]]),
         Targets(cells=((0, 2, 1),), text=True, props=()), (select("Tom"), keys("Tomasz"))),
    Case("d-minutes-described-line", "minutes", "underline the next meeting line", "by_content",
         chars_in_paras(["Next meeting: 9 April at 7 pm."], underline=True),
         Targets(paras=("Next meeting",), props=("underline",)),
         (select("Next meeting: 9 April at 7 pm."), click("Underline"))),
    Case("d-minutes-section-paragraphs", "minutes", "Set line spacing to double for the discussion paragraphs",
         "by_content", paras_all(["The summer fair", "The treasurer reported"], line=2.0),
         Targets(paras=("The summer fair", "The treasurer reported"), props=("line",)),
         (select("The summer fair"), keys("{HOME}^+{DOWN}+{RIGHT}^+{DOWN}"), value("Line Spacing", "2"))),
    Case("d-minutes-whole-table-italic", "minutes", "Make the whole table italic", "table",
         cells_fmt(0, italic=True), Targets(cells=((0, None, None),), props=("italic",)),
         (select_table(1), click("Italic"))),
    Case("d-syllabus-outline-numbered", "syllabus", "Make the course outline a numbered list", "by_content",
         paras_all(OUTLINE, list=numbered), Targets(paras=OUTLINE, props=("list",)),
         (select(OUTLINE[0]), keys("{HOME}" + "+{DOWN}" * 3 + "+{END}"), click("Ordered List"))),
    Case("d-syllabus-instead-of-bullets", "syllabus", "Number the course outline instead of bullets", "by_content",
         paras_all(OUTLINE, list=numbered), Targets(paras=OUTLINE, props=("list",)),
         (select(OUTLINE[0]), keys("{HOME}" + "+{DOWN}" * 3 + "+{END}"), click("Ordered List"))),
    Case("d-syllabus-label-value", "syllabus", "Make the instructor's name bold", "role",
         fmt("Dr. Elena Voss", bold=True), Targets(spans=("Dr. Elena Voss",), props=("bold",)),
         (select("Dr. Elena Voss"), click("Bold"))),
    Case("d-spec-whole-column", "spec_sheet", "Italicize the whole Value column", "table",
         cells_fmt(0, col=1, italic=True), Targets(cells=((0, None, 1),), props=("italic",)),
         (select_cells(1, column=2), click("Italic"))),
    Case("d-spec-row-about", "spec_sheet", "Delete the row about poles", "table",
         table_rows(0, [r for r in SPEC if r[0] != "Poles"]), Targets(tables=(0,), removed_rows=1),
         (select_cells(1, row=4), click("Delete Rows"))),
    Case("d-spec-table-header", "spec_sheet", "Make the table header bold and centered", "multi_op",
         all_of(cells_fmt(0, row=0, bold=True), cells_para(0, row=0, align="center")),
         Targets(cells=((0, 0, None),), props=("bold", "align")),
         (select_cells(1, row=1), click("Bold"), click("Align Center"))),
    Case("d-spec-break-after-table", "spec_sheet", "Insert a page break after the table", "page_break",
         page_break_between("189 euros", "Warranty"), Targets(paras=("Warranty",), props=("breaks",), new_paras=2),
         (select("Warranty"), keys("{HOME}"), click("Page Break"))),
    Case("d-spec-break-before-table", "spec_sheet", "Put a page break before the table", "page_break",
         page_break_between("every gram.", "Feature"),
         Targets(paras=("every gram.",), props=("breaks",), new_paras=2),
         (select("every gram."), keys("{END}"), click("Page Break"))),
    Case("d-flyer-whole-named", "flyer", "Center the whole flyer", "whole_document",
         every_para(align="center"), Targets(everything=True, props=("align",)),
         (keys("^a"), click("Align Center"))),
    Case("d-flyer-contact-details", "flyer", "Highlight the contact details", "role",
         chars_in_paras(["Contact: Sam Reed"], highlight=True), Targets(paras=("Contact: Sam Reed",),
                                                                      props=("highlight",)),
         (select("Contact: Sam Reed, gardens@example.org"), value("Character Highlighting Color", "Yellow"))),
    Case("d-flyer-every-occurrence", "flyer", "Make every 'free' red", "quoted",
         all_of(fmt("[free] lemonade", color="red"), fmt("is [free].", color="red")),
         Targets(spans=("[free] lemonade", "is [free]."), props=("color",)),
         (click("Find and Replace"), value("Find", "free"), click("Find All"), click("Close"),
          value("Font Color", "Red"))),
    Case("d-timesheet-possessive-cell", "timesheet", "Change Tuesday's hours to 7", "table",
         table_rows(0, [["Day", "Hours", "Project"], ["Monday", "7.5", "Website"], ["Tuesday", "7", "Support"],
                        ["Wednesday", "6", "Website"]]), Targets(cells=((0, 2, 1),), text=True, props=()),
         (select_cells(1, row=3, column=2), keys("7"))),
    Case("d-cv-contact-line", "cv", "Make the contact line smaller", "role",
         chars_in_paras(["maya.fernandes@example.org"], size=lambda v: v is not None and float(v) < 11),
         Targets(paras=("maya.fernandes@example.org",), props=("size",)),
         (select("maya.fernandes@example.org | 07700 900555 | Leeds"), click("Decrease Size"))),
    Case("d-cv-first-words", "cv", "Make the first three words of the profile paragraph italic", "by_content",
         fmt("Data analyst with", italic=True), Targets(spans=("Data analyst with",), props=("italic",)),
         (select("Data analyst with"), click("Italic"))),
    Case("d-lesson-numbered-to-bullets", "lesson", "Turn the numbered steps into bullets", "by_content",
         paras_all(STEPS, list=bulleted), Targets(paras=STEPS, props=("list",)),
         ({"function": "select_paragraphs", "args": {"start": 6, "end": 8}}, click("Unordered List"))),
    Case("d-lesson-size-after-target", "lesson", "increse the font size of the title to 20", "typo",
         chars_in_paras(["Year 7 Science: Plant Cells"], size=20), Targets(paras=(0,), props=("size",)),
         (select("Year 7 Science: Plant Cells"), value("Font Size", "20"))),
    Case("d-order-abbreviated-column", "order", "Change the quantity of Maps of Home to 3", "table",
         table_rows(0, [ORDER[0], ORDER[1], ["Maps of Home", "3", "17.50"], ORDER[3]]),
         Targets(cells=((0, 2, 1),), text=True, props=()), (select_cells(1, row=3, column=2), keys("3"))),
    Case("d-order-row-label-words", "order", "Change the price of the bookmark set to 2.50", "table",
         table_rows(0, [*ORDER[:3], ["Bookmark set", "1", "2.50"]]),
         Targets(cells=((0, 3, 2),), text=True, props=()), (select_cells(1, row=4, column=3), keys("2.50"))),
    # ---- in the style of public Writer agent benchmarks (own words)
    Case("d-lab-public-font", "lab_note", "Change the typeface of the entire document to Liberation Serif.",
         "public_style", every_char(font="Liberation Serif"), Targets(everything=True, props=("font",)),
         (keys("^a"), value("Font Name", "Liberation Serif"))),
    Case("d-recipe-public-spacing", "recipe", "Apply double line spacing to the first two paragraphs.",
         "public_style", paras_all(["Lemon Drizzle Cake", "Serves 8"], line=2.0),
         Targets(paras=(0, 1), props=("line",)),
         (keys(FIRST_TWO), value("Line Spacing", "2"))),
    Case("d-memo-public-center", "memo", "Align the heading \"What you need to do\" to the center of the page.",
         "public_style", para("What you need to do", align="center"), Targets(paras=(7,), props=("align",)),
         (select("What you need to do"), click("Align Center"))),
    # added 2026-12-05 (fourth session) after a probe in this style on the dev documents; fixed reading it
    Case("d-letter-public-quoted-font", "letter", 'Change the font to "Times New Roman" throughout the text.',
         "public_style", every_char(font="Times New Roman"), Targets(everything=True, props=("font",)),
         (keys("^a"), value("Font Name", "Times New Roman"))),
    Case("d-memo-public-table-star", "memo", "Insert a 4*3 empty table at the end of the document.",
         "public_style", new_table(4, 3, at_end=True), Targets(new_tables=1, new_paras=2),
         (keys("^{END}"), insert_table(4, 3))),
    Case("d-recipe-public-two-changes", "recipe", "Make the title bold and underlined.", "public_style",
         fmt("Lemon Drizzle Cake", bold=True, underline=True), Targets(paras=(0,), props=("bold", "underline")),
         (select("Lemon Drizzle Cake"), click("Bold"), click("Underline"))),
    Case("d-letter-public-justify-all", "letter", "Justify the whole document.", "public_style",
         every_para(align="justify"), Targets(everything=True, props=("align",)),
         (keys("^a"), click("Justified"))),
    Case("d-memo-public-table-anywhere", "memo", "Insert a 7*5 empty table.", "public_style",
         new_table(7, 5), Targets(new_tables=1, new_paras=2), (keys("^{END}"), insert_table(7, 5))),
    # ---- written 2026-12-06 (twelfth session) from a probe of 34 requests on four new documents (24 right before
    # any fix); each rule that makes these pass was written reading their failures
    Case("d-homework-font-to-number", "homework", "raise the font of the title to 20", "role",
         fmt("Chemistry Homework: Compounds and Formulas", size=20), Targets(paras=(0,), props=("size",)),
         (select("Chemistry Homework: Compounds and Formulas"), value("Font Size", "20"))),
    Case("d-homework-question-number", "homework", "make question three italic", "by_content",
         fmt("Balance the equation for burning CH4", italic=True),
         Targets(paras=("Balance the equation",), props=("italic",)),
         (select("Balance the equation for burning CH4"), click("Italic"))),
    Case("d-sales-infeasible-sort", "sales", "Sort the table by Q2, highest first.", "infeasible", unchanged()),
    Case("d-sales-note-under-table", "sales", "make the note under the table italic", "role",
         fmt("All figures are in thousands of pounds.", italic=True),
         Targets(paras=("All figures",), props=("italic",)),
         (select("All figures are in thousands of pounds."), click("Italic"))),
    Case("d-sales-row-column-figure", "sales", "change the West Q2 figure to 335", "table",
         table_rows(0, [*SALES[:4], ["West", "305", "335"]]), Targets(cells=((0, 4, 2),), text=True, props=()),
         (select("320"), keys("335"))),
    Case("d-notice-value-between", "notice", "change the visit time to between 10 am and 2 pm", "unquoted",
         has_text("An engineer will visit on Tuesday 13 May between 10 am and 2 pm."),
         Targets(paras=("gas safety inspection",), text=True, props=()),
         (select("between 9 am and 1 pm"), keys("between 10 am and 2 pm"))),
    Case("d-residents-change-in-table", "residents", "change Wednesday to Thursday in the bin table", "unquoted",
         table_rows(0, [BINS[0], BINS[1], ["Garden waste", "Thursday", "Green"], BINS[3]]),
         Targets(cells=((0, 2, 1),), text=True, props=()), (select("Wednesday"), keys("Thursday"))),
    Case("d-residents-counted-section", "residents", "bold the three events", "by_content",
         chars_in_paras(list(EVENTS), bold=True), Targets(paras=EVENTS, props=("bold",)),
         (select(EVENTS[0]), keys("{HOME}" + "+{DOWN}" * 2 + "+{END}"), click("Bold"))),
    Case("d-residents-delete-last-sentence", "residents", "Delete the sentence about the petition.", "by_content",
         para_text_is("Our next goal", "Our next goal is a safer crossing outside the primary school."),
         Targets(paras=("Our next goal",), text=True, props=()),
         (select(" A petition is available at the corner shop."), keys("{DELETE}"))),
    Case("d-residents-delete-first-sentence", "residents",
         "remove the first sentence of the paragraph about the clean-up", "by_content",
         para_text_is("We filled", "We filled forty bags of litter and planted two new cherry trees by the bus stop."),
         Targets(paras=("clean-up",), text=True, props=()),
         (select("Thank you to everyone who came to the March clean-up. "), keys("{DELETE}"))),
    # from a second probe the same day (28 requests on two more documents; 22 right before any fix, 23 after)
    Case("d-allotment-infeasible-move", "allotment", "move the next meeting line to the top", "infeasible",
         unchanged()),
    Case("d-homework-body-text", "homework", "Justify all the body text.", "whole_document",
         paras_all(list(HOMEWORK_BODY), align="justify"), Targets(paras=HOMEWORK_BODY, props=("align",)),
         (select("Year 9, due Friday"), click("Justified"), select("Water has the formula H2O"), click("Justified"),
          select("Name the elements in CO2"), keys("{HOME}" + "+{DOWN}" * 3 + "+{END}"), click("Justified"),
          select("Each question is worth five marks."), click("Justified"))),
    # ---- written 2026-12-06 (thirteenth session) from a probe of 20 requests on three of these documents (16 right
    # before any fix); the rules that make these pass were written reading their failures
    Case("d-homework-section-paragraph-spacing", "homework", "Make the background paragraph 1.5 line spaced.",
         "by_content", para("Water has the formula H2O", line=1.5),
         Targets(paras=("Water has the formula",), props=("line",)),
         (select("Water has the formula H2O"), value("Line Spacing", "1.5"))),
    Case("d-sales-possessive-figure", "sales", "Change North's Q2 figure to 400.", "table",
         table_rows(0, [SALES[0], ["North", "410", "400"], *SALES[2:]]),
         Targets(cells=((0, 1, 2),), text=True, props=()),
         (select("395"), keys("400"))),
    # from a second probe the same day (20 requests on three more documents; 13 right before any fix, 15 after)
    Case("d-residents-all-counted-section", "residents", "italicise all three events", "by_content",
         chars_in_paras(list(EVENTS), italic=True), Targets(paras=EVENTS, props=("italic",)),
         (select(EVENTS[0]), keys("{HOME}" + "+{DOWN}" * 2 + "+{END}"), click("Italic"))),
    Case("d-allotment-row-header-cell", "allotment", 'Change the Leila task to "Phone plot holders".', "table",
         table_rows(0, [["Person", "Task", "Deadline"], ["Sam", "Order the new tap", "15 April"],
                        ["Leila", "Phone plot holders", "20 April"]]),
         Targets(cells=((0, 2, 1),), text=True, props=()), (select("Email plot holders"), keys("Phone plot holders"))),
    # ---- written 2026-12-06 (fourteenth session) on three new documents (advert, trip_letter, club_fees), checks
    # and references first; measured once before any rule was written reading their failures (see CHANGELOG)
    Case("d-advert-title-size", "advert", "make the job title 20 pt", "role",
         fmt(ADVERT_TITLE, size=20), Targets(paras=(0,), props=("size",)),
         (select(ADVERT_TITLE), value("Font Size", "20"))),
    Case("d-advert-closing-date", "advert", "change the closing date to 14 July 2025", "unquoted",
         para_text_is("Closing date", "Closing date: 14 July 2025"),
         Targets(paras=("Closing date",), text=True, props=()), (select("30 June 2025"), keys("14 July 2025"))),
    Case("d-advert-duties-italic", "advert", "put the duties in italics", "by_content",
         chars_in_paras(DUTIES, italic=True), Targets(paras=DUTIES, props=("italic",)),
         (select(DUTIES[0]), keys("{HOME}" + "+{DOWN}" * 3 + "+{END}"), click("Italic"))),
    Case("d-advert-email-underline", "advert", "underline the email address", "by_content",
         fmt("jobs@greenhill.example", underline=True),
         Targets(spans=("jobs@greenhill.example",), props=("underline",)),
         (select("jobs@greenhill.example"), click("Underline"))),
    Case("d-advert-first-two-centre", "advert", "centre the first two lines", "paragraph_range",
         paras_all([ADVERT_TITLE, "Greenhill Community Garden"], align="center"),
         Targets(paras=(0, 1), props=("align",)),
         (select(ADVERT_TITLE), keys("{HOME}+{DOWN}+{END}"), click("Align Center"))),
    Case("d-advert-infeasible-post", "advert", "post this advert on Indeed for me", "infeasible", unchanged()),
    Case("d-advert-all-arial", "advert", "set the whole advert in Arial", "whole_document",
         every_char(font="Arial"), Targets(everything=True, props=("font",)),
         (keys("^a"), value("Font Name", "Arial"))),
    Case("d-advert-second-bullet", "advert", "bold the second bullet point", "by_position",
         fmt(DUTIES[1], bold=True), Targets(paras=(DUTIES[1],), props=("bold",)),
         (select(DUTIES[1]), click("Bold"))),
    Case("d-advert-multi-closing", "advert", "make the closing date bold, red and 14 pt", "multi_op",
         fmt("30 June 2025", bold=True, color="red", size=14),
         Targets(paras=("Closing date",), props=("bold", "color", "size")),
         (select("30 June 2025"), click("Bold"), value("Font Color", "Red"), value("Font Size", "14"))),
    Case("d-advert-typo-email", "advert", "itallicise the email adress", "typo",
         fmt("jobs@greenhill.example", italic=True), Targets(spans=("jobs@greenhill.example",), props=("italic",)),
         (select("jobs@greenhill.example"), click("Italic"))),
    Case("d-advert-public-double", "advert", "Set double line spacing for the first two paragraphs.",
         "public_style", paras_all([ADVERT_TITLE, "Greenhill Community Garden"], line=2.0),
         Targets(paras=(0, 1), props=("line",)),
         (select(ADVERT_TITLE), keys("{HOME}+{DOWN}+{END}"), value("Line Spacing", "2"))),
    Case("d-advert-headings-green", "advert", "make the section headings green", "role",
         chars_in_paras(["About the role", "What you will do", "How to apply"], color="green"),
         Targets(paras=("About the role", "What you will do", "How to apply"), props=("color",)),
         (select("About the role"), value("Font Color", "Green"), select("What you will do"),
          value("Font Color", "Green"), select("How to apply"), value("Font Color", "Green"))),
    Case("d-trip-school-red", "trip_letter", "make the school name red", "role",
         fmt("Oakfield Primary School", color="red"), Targets(paras=(0,), props=("color",)),
         (select("Oakfield Primary School"), value("Font Color", "Red"))),
    Case("d-trip-change-day", "trip_letter", "change Friday 20 June to Monday 23 June", "unquoted",
         has_text("Year 5 will visit the Science Museum on Monday 23 June."),
         Targets(paras=("Science Museum",), text=True, props=()), (select("Friday 20 June"), keys("Monday 23 June"))),
    Case("d-trip-reply-new-page", "trip_letter", "start the reply slip on a new page", "page_break",
         page_break_between("Year 5 Teacher", "Reply slip"),
         Targets(paras=("Year 5 Teacher", "Reply slip"), props=("breaks",), new_paras=2),
         (select("Reply slip"), keys("{HOME}"), click("Page Break"))),
    Case("d-trip-fill-class", "trip_letter", "put 5B in the Class box", "table",
         table_rows(0, [REPLY[0], ["Class", "5B"], REPLY[2]]), Targets(cells=((0, 1, 1),), text=True, props=()),
         (select_cells(1, row=2, column=2), keys("5B"))),
    Case("d-trip-first-column-bold", "trip_letter", "bold the first column of the reply table", "table",
         cells_fmt(0, col=0, bold=True), Targets(cells=((0, None, 0),), props=("bold",)),
         (select_cells(1, column=1), click("Bold"))),
    Case("d-trip-signature-italic", "trip_letter", "italicise the signature", "role",
         fmt("Mrs J. Okafor", italic=True), Targets(paras=("Mrs J. Okafor", "Year 5 Teacher"), props=("italic",)),
         (select("Mrs J. Okafor"), click("Italic"))),
    Case("d-trip-paragraphs-4-6", "trip_letter", "make paragraphs 4 to 6 double spaced", "paragraph_range",
         paras_all(TRIP_BODY, line=2.0), Targets(paras=(3, 4, 5), props=("line",)),
         (select(TRIP_BODY[0]), value("Line Spacing", "2"), select(TRIP_BODY[1]), value("Line Spacing", "2"),
          select(TRIP_BODY[2]), value("Line Spacing", "2"))),
    Case("d-trip-price-highlight", "trip_letter", "highlight the price in yellow", "by_content",
         fmt("12 pounds", highlight="yellow"), Targets(spans=("12 pounds per child",), props=("highlight",)),
         (select("12 pounds"), value("Character Highlighting Color", "Yellow"))),
    Case("d-trip-all-12pt", "trip_letter", "make the entire letter 12 point", "whole_document",
         every_char(size=12), Targets(everything=True, props=("size",)), (keys("^a"), value("Font Size", "12"))),
    Case("d-trip-infeasible-print", "trip_letter", "print two copies of this", "infeasible", unchanged()),
    Case("d-trip-typo-date", "trip_letter", "undeline the date at the top", "typo",
         fmt("12 May 2025", underline=True), Targets(paras=(1,), props=("underline",)),
         (select("12 May 2025"), click("Underline"))),
    Case("d-trip-greeting-two", "trip_letter", "make the greeting bold and italic", "multi_op",
         fmt("Dear Parents and Carers,", bold=True, italic=True), Targets(paras=(2,), props=("bold", "italic")),
         (select("Dear Parents and Carers,"), click("Bold"), click("Italic"))),
    Case("d-trip-delete-coach", "trip_letter", "delete the sentence about the coach", "by_content",
         para_text_is("Year 5 will", "Year 5 will visit the Science Museum on Friday 20 June."),
         Targets(paras=("Year 5 will",), text=True, props=()),
         (select(" The coach leaves school at 8:45 and returns by 3:30."), keys("{DELETE}"))),
    Case("d-fees-junior-monthly", "club_fees", "change the junior monthly fee to 9 pounds", "table",
         table_rows(0, [*FEES[:2], ["Junior", "90 pounds", "9 pounds"], FEES[3]]),
         Targets(cells=((0, 2, 2),), text=True, props=()), (select_cells(1, row=3, column=3), keys("9 pounds"))),
    Case("d-fees-m2-super", "club_fees", "Superscript the 2 in '4 m2'.", "char_in_word",
         fmt("m[2]", vert="superscript"), Targets(spans=("m[2]",), props=("vert",)),
         (select("m2"), keys("{LEFT}+{RIGHT}"), click("Superscript"))),
    Case("d-fees-header-italic", "club_fees", "make the header row italic", "table",
         cells_fmt(0, row=0, italic=True), Targets(cells=((0, 0, None),), props=("italic",)),
         (select_cells(1, row=1), click("Italic"))),
    Case("d-fees-right-align-fees", "club_fees", "right-align the two fee columns", "table",
         all_of(cells_para(0, col=1, align="right"), cells_para(0, col=2, align="right")),
         Targets(cells=((0, None, 1), (0, None, 2)), props=("align",)),
         (select_cells(1, column=2), click("Align Right"), select_cells(1, column=3), click("Align Right"))),
    Case("d-fees-treasurer-bold", "club_fees", "bold the treasurer's name", "by_content",
         fmt("Owen Price", bold=True), Targets(paras=("Treasurer",), props=("bold",)),
         (select("Owen Price"), click("Bold"))),
    Case("d-fees-club-underline", "club_fees", "underline the club name", "role",
         fmt("Riverside Rowing Club", underline=True), Targets(paras=(0,), props=("underline",)),
         (select("Riverside Rowing Club"), click("Underline"))),
    Case("d-fees-last-note", "club_fees", "make the last note italic", "by_position",
         fmt("Family membership covers two adults", italic=True),
         Targets(paras=("Family membership covers",), props=("italic",)),
         (select("Family membership covers two adults and their children"), click("Italic"))),
    Case("d-fees-new-table", "club_fees", "add a table with 3 rows and 2 columns at the end", "insert_table",
         new_table(3, 2, at_end=True), Targets(new_tables=1, new_paras=2), (keys("^{END}"), insert_table(3, 2))),
    Case("d-fees-all-verdana", "club_fees", "switch the whole sheet to Verdana", "whole_document",
         every_char(font="Verdana"), Targets(everything=True, props=("font",)),
         (keys("^a"), value("Font Name", "Verdana"))),
    Case("d-fees-delete-family", "club_fees", "delete the family row", "table",
         table_rows(0, FEES[:3]), Targets(tables=(0,), removed_rows=1),
         (select_cells(1, row=4), click("Delete Rows"))),
    Case("d-fees-infeasible-email", "club_fees", "email this to the members", "infeasible", unchanged()),
    Case("d-fees-change-adult-fee", "club_fees", "change 240 pounds to 250 pounds", "unquoted",
         table_rows(0, [FEES[0], ["Adult", "250 pounds", "22 pounds"], *FEES[2:]]),
         Targets(cells=((0, 1, 1),), text=True, props=()), (select("240 pounds"), keys("250 pounds"))),
    Case("d-fees-juniors-highlight", "club_fees", "highlight the note about juniors", "by_content",
         chars_in_paras(["Juniors must be under 18"], highlight=True),
         Targets(paras=("Juniors must",), props=("highlight",)),
         (select("Juniors must be under 18 on 1 April"), value("Character Highlighting Color", "Yellow"))),
    Case("d-fees-notes-next-page", "club_fees", "notes on the next page please", "page_break",
         page_break_between("38 pounds", "Notes"), Targets(paras=("Notes",), props=("breaks",), new_paras=2),
         (select("Notes"), keys("{HOME}"), click("Page Break"))),
    Case("d-advert-break-after-duties", "advert", "Insert a page break after the list of duties.", "page_break",
         page_break_between("Keep the compost bays turned", "How to apply"),
         Targets(paras=("Keep the compost bays turned", "How to apply"), props=("breaks",), new_paras=2),
         (select("How to apply"), keys("{HOME}"), click("Page Break"))),
    Case("d-advert-typo-break", "advert", "pagebreak before the how to apply section", "page_break",
         page_break_between("Keep the compost bays turned", "How to apply"),
         Targets(paras=("Keep the compost bays turned", "How to apply"), props=("breaks",), new_paras=2),
         (select("How to apply"), keys("{HOME}"), click("Page Break"))),
    Case("d-advert-typo-closing", "advert", "make the clossing date bold", "typo",
         fmt("30 June 2025", bold=True), Targets(paras=("Closing date",), props=("bold",)),
         (select("30 June 2025"), click("Bold"))),
    Case("d-trip-typo-left", "trip_letter", "left align the shcool name", "typo",
         para("Oakfield Primary School", align="left"), Targets(paras=(0,), props=("align",)),
         (select("Oakfield Primary School"), click("Align Left"))),
    Case("d-fees-typo-treasurer", "club_fees", "undrline the treasurer line", "typo",
         fmt("Treasurer: Owen Price", underline=True), Targets(paras=("Treasurer",), props=("underline",)),
         (select("Treasurer: Owen Price"), click("Underline"))),
    Case("d-fees-replace-name", "club_fees", "replace Owen Price with Nadia Brooks", "unquoted",
         para_text_is("Treasurer", "Treasurer: Nadia Brooks"), Targets(paras=("Treasurer",), text=True, props=()),
         (select("Owen Price"), keys("Nadia Brooks"))),
    Case("d-trip-change-time", "trip_letter", "change 8:45 to 8:30", "unquoted",
         has_text("The coach leaves school at 8:30 and returns by 3:30."),
         Targets(paras=("Science Museum",), text=True, props=()), (select("8:45"), keys("8:30"))),
    Case("d-advert-change-mornings", "advert", "change three mornings to four mornings", "unquoted",
         has_text("to work four mornings a week."), Targets(paras=("cheerful junior gardener",), text=True, props=()),
         (select("three mornings"), keys("four mornings"))),
    Case("d-fees-adult-row-bold", "club_fees", "make the Adult row bold", "table",
         cells_fmt(0, row=1, bold=True), Targets(cells=((0, 1, None),), props=("bold",)),
         (select_cells(1, row=2), click("Bold"))),
    Case("d-trip-delete-signed-row", "trip_letter", "delete the Signed row", "table",
         table_rows(0, REPLY[:2]), Targets(tables=(0,), removed_rows=1),
         (select_cells(1, row=3), click("Delete Rows"))),
    # ---- written 2026-12-06 (fourteenth session), a second batch on three more new documents (meal_plan,
    # returns_policy, programme), measured once with the runtime as it stood after the first batch's fixes
    Case("d-meal-possessive-dinner", "meal_plan", "change Tuesday's dinner to vegetarian lasagne", "table",
         any_of(table_rows(0, [*MEAL[:2], ["Tuesday", "Cheese sandwiches", "vegetarian lasagne"], *MEAL[3:]]),
                table_rows(0, [*MEAL[:2], ["Tuesday", "Cheese sandwiches", "Vegetarian lasagne"], *MEAL[3:]])),
         Targets(cells=((0, 2, 2),), text=True, props=()), (select("Fish pie"), keys("vegetarian lasagne"))),
    Case("d-meal-dinner-column", "meal_plan", "italicise the whole dinner column", "table",
         cells_fmt(0, col=2, italic=True), Targets(cells=((0, None, 2),), props=("italic",)),
         (select_cells(1, column=3), click("Italic"))),
    Case("d-meal-delete-friday", "meal_plan", "delete the Friday row", "table",
         table_rows(0, MEAL[:5]), Targets(tables=(0,), removed_rows=1), (select_cells(1, row=6), click("Delete Rows"))),
    Case("d-meal-add-row", "meal_plan", "add a row at the bottom of the table", "table",
         table_rows(0, [*MEAL, ["", "", ""]]), Targets(tables=(0,), new_rows=1),
         (select("Pizza night"), click("Rows Below"))),
    Case("d-meal-budget-highlight", "meal_plan", "highlight the budget", "by_content",
         fmt("85 pounds", highlight=True), Targets(paras=("Budget",), props=("highlight",)),
         (select("85 pounds"), value("Character Highlighting Color", "Yellow"))),
    Case("d-meal-shopping-heading", "meal_plan", "underline the Shopping heading", "role",
         fmt("Shopping", underline=True), Targets(paras=(2,), props=("underline",)),
         (select("Shopping"), click("Underline"))),
    Case("d-meal-shopping-numbered", "meal_plan", "make the shopping list numbered", "by_content",
         paras_all(SHOP, list=numbered), Targets(paras=SHOP, props=("list",)),
         (select(SHOP[0]), keys("{HOME}" + "+{DOWN}" * 3 + "+{END}"), click("Ordered List"))),
    Case("d-meal-week", "meal_plan", "change the week to 10 March", "unquoted",
         para_text_is("Week of", "Week of 10 March"), Targets(paras=(1,), text=True, props=()),
         (select("3 March"), keys("10 March"))),
    Case("d-meal-title-georgia", "meal_plan", "set the title in Georgia", "role",
         chars_in_paras(["Family Meal Plan"], font="Georgia"), Targets(paras=(0,), props=("font",)),
         (select("Family Meal Plan"), value("Font Name", "Georgia"))),
    Case("d-meal-first-row-blue", "meal_plan", "make the first row of the table blue", "table",
         cells_fmt(0, row=0, color="blue"), Targets(cells=((0, 0, None),), props=("color",)),
         (select_cells(1, row=1), value("Font Color", "Blue"))),
    # "the first paragraph" of a document with a title: the title, or the first paragraph under it (either is read)
    Case("d-meal-public-first-size", "meal_plan", "Change the font size of the first paragraph to 14.",
         "public_style", any_of(fmt("Family Meal Plan", size=14), fmt("Week of 3 March", size=14)),
         Targets(paras=(0, 1), props=("size",)),
         (select("Family Meal Plan"), value("Font Size", "14"))),
    Case("d-meal-infeasible-order", "meal_plan", "order these groceries online", "infeasible", unchanged()),
    Case("d-policy-title-24", "returns_policy", "make the policy title bigger, 24 points", "role",
         fmt("Returns Policy", size=24), Targets(paras=(0,), props=("size",)),
         (select("Returns Policy"), value("Font Size", "24"))),
    Case("d-policy-phone-bold", "returns_policy", "bold the phone number", "by_content",
         fmt("0161 496 0000", bold=True), Targets(spans=("0161 496 0000",), props=("bold",)),
         (select("0161 496 0000"), click("Bold"))),
    Case("d-policy-delete-exchanges", "returns_policy", "delete the exchanges section", "by_content",
         body_texts_are(["Returns Policy", POLICY_INTRO, "Refunds", REFUNDS[0] + " Please allow five working days "
                         "for the money to arrive.", "Sale items can be returned for a refund only if they are "
                         "faulty.", "Contact us", "Email returns@shop.example or call 0161 496 0000."]),
         Targets(paras=(5, 6), removed=True, text=True),
         (select("Exchanges"), keys("{HOME}+{DOWN}+{DOWN}+{DOWN}{DELETE}"))),
    Case("d-policy-refunds-justify", "returns_policy", "justify the two refund paragraphs", "paragraph_range",
         paras_all(REFUNDS, align="justify"), Targets(paras=(3, 4), props=("align",)),
         (select(REFUNDS[0]), click("Justified"), select(REFUNDS[1]), click("Justified"))),
    Case("d-policy-headings-italic", "returns_policy", "make the section headings italic", "role",
         chars_in_paras(["Refunds", "Exchanges", "Contact us"], italic=True), Targets(paras=(2, 5, 7),
                                                                                      props=("italic",)),
         (select("Refunds"), click("Italic"), select("Exchanges"), click("Italic"), select("Contact us"),
          click("Italic"))),
    Case("d-policy-contact-new-page", "returns_policy", "put the Contact us section on a new page", "page_break",
         page_break_between(EXCHANGE, "Contact us"),
         Targets(paras=(EXCHANGE, "Contact us"), props=("breaks",), new_paras=2),
         (select("Contact us"), keys("{HOME}"), click("Page Break"))),
    Case("d-policy-days", "returns_policy", "change 14 days to 30 days", "unquoted",
         has_text("you can return most items within 30 days of delivery."), Targets(paras=(1,), text=True, props=()),
         (select("14 days"), keys("30 days"))),
    Case("d-policy-infeasible-translate", "returns_policy", "Can you translate this into French?", "infeasible",
         unchanged()),
    Case("d-policy-first-sentence", "returns_policy", "underline the first sentence of the intro", "by_content",
         fmt("We want you to love what you bought.", underline=True),
         Targets(spans=("We want you to love what you bought.",), props=("underline",)),
         (select("We want you to love what you bought."), click("Underline"))),
    Case("d-policy-email-strike", "returns_policy", "strike through the email address", "by_content",
         fmt("returns@shop.example", strike=True), Targets(spans=("returns@shop.example",), props=("strike",)),
         (select("returns@shop.example"), click("Strikethrough"))),
    Case("d-policy-all-spacing", "returns_policy", "set 1.5 line spacing for the whole policy", "whole_document",
         every_para(line=1.5), Targets(everything=True, props=("line",)), (keys("^a"), value("Line Spacing", "1.5"))),
    Case("d-policy-title-caps", "returns_policy", "make the title all caps", "role",
         any_of(has_text("RETURNS POLICY"), fmt("Returns Policy", caps=True)),
         Targets(paras=(0,), text=True, props=("caps",)), (select("Returns Policy"), click("UPPERCASE"))),
    # "the second paragraph" with headings between: the second of all, or the second body paragraph
    Case("d-policy-public-break", "returns_policy", "Insert a page break after the second paragraph.", "public_style",
         any_of(page_break_between(POLICY_INTRO, "Refunds"),
                page_break_between("for the money to arrive.", "Sale items")),
         Targets(paras=(1, 2, 3, 4), props=("breaks",), new_paras=2),
         (select("Refunds"), keys("{HOME}"), click("Page Break"))),
    Case("d-prog-subtitle-bold", "programme", "make the subtitle bold", "role",
         fmt("St Mary's Church, 7 pm", bold=True), Targets(paras=(1,), props=("bold",)),
         (select("St Mary's Church, 7 pm"), click("Bold"))),
    Case("d-prog-interval-bold", "programme", "bold the interval line", "by_content",
         fmt("Interval: 20 minutes", bold=True), Targets(paras=(6,), props=("bold",)),
         (select("Interval: 20 minutes"), click("Bold"))),
    Case("d-prog-ticket-price", "programme", "change the ticket price to 12 pounds", "unquoted",
         has_text("Tickets: 12 pounds, children free"), Targets(paras=(10,), text=True, props=()),
         (select("10 pounds"), keys("12 pounds"))),
    Case("d-prog-part-two-bold", "programme", "bold the pieces in Part Two", "by_content",
         chars_in_paras(PART_TWO, bold=True), Targets(paras=PART_TWO, props=("bold",)),
         (select(PART_TWO[0]), keys("{HOME}+{DOWN}+{END}"), click("Bold"))),
    Case("d-prog-part-one-numbered", "programme", "number the Part One list", "by_content",
         paras_all(PART_ONE, list=numbered), Targets(paras=PART_ONE, props=("list",)),
         (select(PART_ONE[0]), keys("{HOME}+{DOWN}+{DOWN}+{END}"), click("Ordered List"))),
    Case("d-prog-part-headings-red", "programme", "red colour for both part headings", "role",
         chars_in_paras(["Part One", "Part Two"], color="red"), Targets(paras=(2, 7), props=("color",)),
         (select("Part One"), value("Font Color", "Red"), select("Part Two"), value("Font Color", "Red"))),
    Case("d-prog-table-end", "programme", "add a 2x3 table at the end", "insert_table",
         new_table(2, 3, at_end=True), Targets(new_tables=1, new_paras=2), (keys("^{END}"), insert_table(2, 3))),
    Case("d-prog-all-serif", "programme", "make the whole programme Liberation Serif", "whole_document",
         every_char(font="Liberation Serif"), Targets(everything=True, props=("font",)),
         (keys("^a"), value("Font Name", "Liberation Serif"))),
    Case("d-prog-second-piece", "programme", "the 2nd piece in part one should be underlined", "by_position",
         fmt(PART_ONE[1], underline=True), Targets(paras=("Elgar",), props=("underline",)),
         (select(PART_ONE[1]), click("Underline"))),
    Case("d-prog-delete-interval", "programme", "Please delete the interval line", "by_content",
         body_texts_are(["Spring Concert", "St Mary's Church, 7 pm", "Part One", *PART_ONE, "Part Two", *PART_TWO,
                         "Tickets: 10 pounds, children free"]),
         Targets(paras=("Interval",), removed=True, text=True),
         (select("Interval: 20 minutes"), keys("{HOME}+{DOWN}{DELETE}"))),
    Case("d-prog-center-all", "programme", "center everything", "whole_document",
         every_para(align="center"), Targets(everything=True, props=("align",)), (keys("^a"), click("Align Center"))),
    Case("d-prog-concert-name", "programme", "make the concert name 30 pt", "role",
         fmt("Spring Concert", size=30), Targets(paras=(0,), props=("size",)),
         (select("Spring Concert"), value("Font Size", "30"))),
    Case("d-prog-public-last-bold", "programme", "Make the text of the last paragraph bold.", "public_style",
         chars_in_paras(["Tickets: 10 pounds"], bold=True), Targets(paras=(10,), props=("bold",)),
         (select("Tickets: 10 pounds, children free"), click("Bold"))),
    # ---- written 2026-12-06 (fifteenth session) on three documents with what Word users' files hold (headers and
    # footers, curly quotes, a line break, accents, a pound sign, a tab, a picture, a merged cell, three pages);
    # checks and references first, measured once before any rule was written reading their failures
    Case("d-hb-dont-bold", "handbook", "bold don't just send a text", "unquoted",
         fmt("don\u2019t just send a text", bold=True),
         Targets(spans=("don\u2019t just send a text",), props=("bold",)),
         (select("don\u2019t just send a text"), click("Bold"))),
    Case("d-hb-leave-underline", "handbook", 'underline "Leave request"', "quoted",
         fmt("Leave request", underline=True), Targets(spans=("\u201cLeave request\u201d",), props=("underline",)),
         (select("Leave request"), click("Underline"))),
    Case("d-hb-manager-name", "handbook", "change Siobhan O'Neill to Siobhan Walsh", "unquoted",
         para_text_is("Practice manager", "Practice manager: Siobhan Walsh"),
         Targets(paras=("Practice manager",), text=True, props=()),
         (select("Siobhan O\u2019Neill"), keys("Siobhan Walsh"))),
    Case("d-hb-headings-red", "handbook", "make all the section headings dark red", "role",
         chars_in_paras(HB_HEADINGS, color="red"), Targets(paras=(2, 5, 7, 11), props=("color",)),
         tuple(a for h in HB_HEADINGS for a in (select(h), value("Font Color", "Dark Red")))),
    Case("d-hb-out-of-hours-italic", "handbook", "italicise the out of hours number", "by_content",
         fmt("0117 496 0999", italic=True), Targets(spans=("Out of hours: 0117 496 0999",), props=("italic",)),
         (select("0117 496 0999"), click("Italic"))),
    Case("d-hb-all-georgia", "handbook", "change the font of the whole handbook to Georgia", "whole_document",
         every_char(font="Georgia"), Targets(everything=True, props=("font",)),
         (keys("^a"), value("Font Name", "Georgia"))),
    Case("d-hb-delete-dress", "handbook", "remove the dress code section", "by_content",
         body_texts_are([t for i, t in enumerate(HB_TEXTS) if i not in (5, 6)]),
         Targets(paras=(5, 6), removed=True, text=True),
         (select("Dress code"), keys("{HOME}+{DOWN}+{DOWN}+{DOWN}{DELETE}"))),
    Case("d-hb-sick-numbered", "handbook", "make the sickness bullets a numbered list", "by_content",
         paras_all(HB_SICK, list=numbered), Targets(paras=HB_SICK, props=("list",)),
         (select(HB_SICK[0]), keys("{HOME}+{DOWN}+{END}"), click("Ordered List"))),
    Case("d-hb-typo-holiday", "handbook", "shoud be 30 days holiday not 28", "typo",
         para_text_is("Each member of staff", HB_TEXTS[12].replace("28", "30")),
         Targets(paras=(12,), text=True, props=()), (select("28"), keys("30"))),
    Case("d-hb-infeasible-email", "handbook", "email this to the new starters", "infeasible", unchanged()),
    Case("d-hb-title-centre", "handbook", "centre the handbook title", "role",
         para("Staff Handbook", align="center"), Targets(paras=(0,), props=("align",)),
         (select("Staff Handbook"), click("Align Center"))),
    Case("d-bake-prices-bold", "bake_sale", "make all the cake prices bold", "table",
         all_of(*(fmt(pr, bold=True) for pr in BAKE_PRICES)), Targets(cells=((0, None, 1),), props=("bold",)),
         tuple(a for pr in BAKE_PRICES for a in (select(pr), click("Bold")))),
    Case("d-bake-lemon-price", "bake_sale", "lemon drizzle is \u00a31.40 now", "table",
         all_of(cell_is(0, 3, 1, "\u00a31.40"), cell_is(0, 3, 0, "Lemon drizzle")),
         Targets(cells=((0, 3, 1),), text=True, props=()), (select("\u00a31.20"), keys("\u00a31.40"))),
    Case("d-bake-creme-italic", "bake_sale", "put creme brulee tart in italics", "typo",
         fmt("Cr\u00e8me br\u00fbl\u00e9e tart", italic=True), Targets(cells=((0, 2, 0),), props=("italic",)),
         (select("Cr\u00e8me br\u00fbl\u00e9e tart"), click("Italic"))),
    Case("d-bake-date-centre", "bake_sale", "centre the date and time line", "unquoted",
         para("Saturday 14 June", align="center"), Targets(paras=(2,), props=("align",)),
         (select("Saturday 14 June"), click("Align Center"))),
    Case("d-bake-title-red", "bake_sale", "make the Bake Sale heading red", "role",
         fmt("Bake Sale!", color="red"), Targets(paras=(0,), props=("color",)),
         (select("Bake Sale!"), value("Font Color", "Red"))),
    Case("d-bake-organiser-bold", "bake_sale", "bold the organiser's name", "role",
         fmt("Zo\u00eb Mart\u00edn", bold=True), Targets(paras=(6,), props=("bold",)),
         (select("Zo\u00eb Mart\u00edn"), click("Bold"))),
    Case("d-bake-add-row", "bake_sale", "add carrot cake at \u00a31.60 to the bottom of the table", "table",
         all_of(cell_is(0, 5, 0, "Carrot cake"), cell_is(0, 5, 1, "\u00a31.60")),
         Targets(tables=(0,), new_rows=1, text=True),
         (select("\u00a31.80"), keys("{END}{TAB}Carrot cake{TAB}\u00a31.60"))),
    Case("d-bake-drinks-size", "bake_sale", "make the drinks line 14 pt", "unquoted",
         chars_in_paras(["Drinks"], size=14), Targets(paras=(4,), props=("size",)),
         (select("Drinks\t\u00a31.00"), value("Font Size", "14"))),
    Case("d-bake-infeasible-print", "bake_sale", "print 40 copies of this flyer", "infeasible", unchanged()),
    Case("d-bake-roof-organ", "bake_sale", "change 'roof fund' to 'organ fund'", "quoted",
         para_text_is("All money", "All money raised goes to the organ fund."),
         Targets(paras=(3,), text=True, props=()), (select("roof fund"), keys("organ fund"))),
    Case("d-bake-multi-title", "bake_sale", "make Bake Sale! bigger - 28pt - and underlined", "multi_op",
         fmt("Bake Sale!", size=28, underline=True), Targets(paras=(0,), props=("size", "underline")),
         (select("Bake Sale!"), value("Font Size", "28"), click("Underline"))),
    Case("d-council-next-bold", "council_minutes", "make the date of the next meeting bold", "unquoted",
         fmt("7 April 2025", bold=True), Targets(paras=(30,), props=("bold",)),
         (select("7 April 2025"), click("Bold"))),
    Case("d-council-closed-time", "council_minutes", "the meeting actually closed at 21:25, please fix", "unquoted",
         para_text_is("The meeting closed", "The meeting closed at 21:25."),
         Targets(paras=(29,), text=True, props=()), (select("21:10"), keys("21:25"))),
    Case("d-council-aob-red", "council_minutes", "make the any other business heading red", "unquoted",
         chars_in_paras(["10. Any other business"], color="red"), Targets(paras=(27,), props=("color",)),
         (select("10. Any other business"), value("Font Color", "Red"))),
    Case("d-council-last-italic", "council_minutes", "italicise the last paragraph", "by_position",
         chars_in_paras(["Date of next meeting"], italic=True), Targets(paras=(30,), props=("italic",)),
         (select("Date of next meeting: 7 April 2025"), click("Italic"))),
    Case("d-council-spelling", "council_minutes", "recieved should be received", "unquoted",
         para_text_is("The hall committee", "The hall committee has received a grant of 2,000 pounds for a new "
                      "kitchen."), Targets(paras=(21,), text=True, props=()), (select("recieved"), keys("received"))),
    Case("d-council-planning-justify", "council_minutes", "justify the planning paragraphs", "by_content",
         paras_all(COUNCIL_PLANNING, align="justify"), Targets(paras=(9, 10), props=("align",)),
         (select(COUNCIL_PLANNING[0]), click("Justified"), select(COUNCIL_PLANNING[1]), click("Justified"))),
    Case("d-council-item6-page", "council_minutes", "start item 6 on a new page", "page_break",
         page_break_between("main road.", "6. Playground"),
         Targets(paras=("Cllr Singh will ask", "6. Playground"), props=("breaks",), new_paras=2),
         (select("6. Playground"), keys("{HOME}"), click("Page Break"))),
    Case("d-council-title-size", "council_minutes", "make the title 30 pt", "role",
         fmt("Parish Council Meeting", size=30), Targets(paras=(0,), props=("size",)),
         (select("Parish Council Meeting"), value("Font Size", "30"))),
    Case("d-council-spacing", "council_minutes", "1.5 line spacing for the whole thing", "whole_document",
         every_para(line=1.5), Targets(everything=True, props=("line",)),
         (keys("^a"), value("Line Spacing", "1.5"))),
    Case("d-council-balance-underline", "council_minutes", "underline the balance", "by_content",
         fmt("18,240 pounds", underline=True), Targets(paras=(12,), props=("underline",)),
         (select("18,240 pounds"), click("Underline"))),
    Case("d-council-infeasible-upload", "council_minutes", "upload these minutes to the council website",
         "infeasible", unchanged()),
    Case("d-council-clerk-bold", "council_minutes", "bold the word clerk everywhere", "whole_document",
         all_of(*(fmt("clerk", nth=n, bold=True) for n in (1, 2, 3))), Targets(spans=("clerk",), props=("bold",)),
         (click("Find and Replace"), value("Find", "clerk"), click("Find All"), click("Close"), click("Bold"))),
    # ---- written 2026-12-06 (fifteenth session, second batch) on three more documents (a recipe card, an event
    # timetable, a rent notice); checks and references first, measured once before any rule was written for them
    Case("d-posset-sugar", "posset", "the sugar should be 125 g", "table",
         table_rows(0, [POSSET[0], POSSET[1], ["Caster sugar", "125 g"], POSSET[3]]),
         Targets(cells=((0, 2, 1),), text=True, props=()), (select("150 g"), keys("125 g"))),
    Case("d-posset-cream-bold", "posset", "bold the word cream everywhere", "whole_document",
         all_of(fmt("cream", nth=1, bold=True), fmt("cream", nth=2, bold=True)),
         Targets(spans=("cream",), props=("bold",)),
         (click("Find and Replace"), value("Find", "cream"), click("Find All"), click("Close"), click("Bold"))),
    Case("d-posset-steps-size", "posset", "make the method steps 13 pt", "by_content",
         chars_in_paras(POSSET_STEPS, size=13), Targets(paras=(4, 5, 6, 7), props=("size",)),
         (select(POSSET_STEPS[0]), keys("{HOME}" + "+{DOWN}" * 3 + "+{END}"), value("Font Size", "13"))),
    Case("d-posset-tip-italic", "posset", "italicise the tip", "role",
         chars_in_paras(["Tip: serve"], italic=True), Targets(paras=(9,), props=("italic",)),
         (select("Tip: serve with shortbread \u2013 it\u2019s traditional."), click("Italic"))),
    Case("d-posset-its", "posset", "change it's to it is", "unquoted",
         para_text_is("Tip:", "Tip: serve with shortbread \u2013 it is traditional."),
         Targets(paras=(9,), text=True, props=()), (select("it\u2019s"), keys("it is"))),
    Case("d-posset-second-step-delete", "posset", "delete the second step", "by_position",
         body_texts_are(["Lemon Posset", "Serves 4 \u00b7 20 minutes plus chilling", "Ingredients", "Method",
                         POSSET_STEPS[0], POSSET_STEPS[2], POSSET_STEPS[3], "Oven: not needed. Chill at 4\u00b0C.",
                         "Tip: serve with shortbread \u2013 it\u2019s traditional."]),
         Targets(paras=(5,), removed=True, text=True), (select(POSSET_STEPS[1]), keys("{HOME}+{DOWN}{DELETE}"))),
    Case("d-posset-title-centre", "posset", "centre the recipe title", "role",
         para("Lemon Posset", align="center"), Targets(paras=(0,), props=("align",)),
         (select("Lemon Posset"), click("Align Center"))),
    Case("d-posset-title-green", "posset", "make Lemon Posset dark green", "unquoted",
         fmt("Lemon Posset", color="green"), Targets(paras=(0,), props=("color",)),
         (select("Lemon Posset"), value("Font Color", "Dark Green"))),
    Case("d-posset-lemons", "posset", "the lemons should be 3 not 2", "table",
         table_rows(0, [*POSSET[:3], ["Lemons", "3 (juice and zest)"]]),
         Targets(cells=((0, 3, 1),), text=True, props=()), (select("2 (juice"), keys("3 (juice"))),
    Case("d-posset-header-italic", "posset", "header row of the ingredients table in italics", "table",
         cells_fmt(0, row=0, italic=True), Targets(cells=((0, 0, None),), props=("italic",)),
         (select_cells(1, row=1), click("Italic"))),
    Case("d-posset-infeasible-translate", "posset", "translate the recipe into French", "infeasible", unchanged()),
    Case("d-posset-degrees", "posset", "underline 4\u00b0C", "unquoted",
         fmt("4\u00b0C", underline=True), Targets(spans=("4\u00b0C",), props=("underline",)),
         (select("4\u00b0C"), click("Underline"))),
    Case("d-dd-jose-bold", "data_day", "make Jos\u00e9 N\u00fa\u00f1ez bold", "unquoted",
         fmt("Jos\u00e9 N\u00fa\u00f1ez", bold=True), Targets(cells=((0, 2, 3),), props=("bold",)),
         (select("Jos\u00e9 N\u00fa\u00f1ez"), click("Bold"))),
    Case("d-dd-sian-italic", "data_day", "italicise Sian Evans", "typo",
         fmt("Si\u00e2n Evans", italic=True), Targets(cells=((0, 3, 3),), props=("italic",)),
         (select("Si\u00e2n Evans"), click("Italic"))),
    Case("d-dd-room", "data_day", "maps for everyone is in room 3 now", "table",
         any_of(cell_is(0, 3, 2, "Room 3"), cell_is(0, 3, 2, "room 3")),
         Targets(cells=((0, 3, 2),), text=True, props=()), (select("Room 2"), keys("Room 3"))),
    Case("d-dd-header-bold", "data_day", "make the header row bold", "table",
         cells_fmt(0, row=0, bold=True), Targets(cells=((0, 0, None),), props=("bold",)),
         (select("Speaker"), click("Row"), click("Bold"))),
    Case("d-dd-delete-break", "data_day", "delete the break row", "table",
         table_rows(0, DATA_DAY[:4]), Targets(tables=(0,), removed_rows=1),
         (select("11:00\u201311:30"), click("Delete Rows"))),
    Case("d-dd-email-underline", "data_day", "underline the email address", "by_content",
         fmt("opendata@ed.example", underline=True), Targets(spans=("opendata@ed.example",), props=("underline",)),
         (select("opendata@ed.example"), click("Underline"))),
    Case("d-dd-date", "data_day", "change the date to Friday 7 March", "unquoted",
         para_text_is("Friday 7 March", "Friday 7 March \u2013 Kings Building, Edinburgh"),
         Targets(paras=(1,), text=True, props=()), (select("Thursday 6 March"), keys("Friday 7 March"))),
    Case("d-dd-getting-there-page", "data_day", "put the getting there section on a new page", "page_break",
         page_break_between("Break\tFoyer\t\u2014", "Getting there"),
         Targets(paras=("Getting there",), props=("breaks",), new_paras=2),
         (select("Getting there"), keys("{HOME}"), click("Page Break"))),
    Case("d-dd-programme-red", "data_day", "make the programme heading red", "unquoted",
         chars_in_paras(["Programme"], color="red"), Targets(paras=(2,), props=("color",)),
         (select("Programme"), value("Font Color", "Red"))),
    Case("d-dd-times-centre", "data_day", "center all the times", "table",
         all_of(*(para(r[0], align="center") for r in DATA_DAY[1:])), Targets(cells=((0, None, 0),), props=("align",)),
         (select_cells(1, column=1), click("Align Center"))),
    Case("d-dd-kings", "data_day", "Kings Building should be King's Buildings", "unquoted",
         para_text_is("Thursday 6 March", "Thursday 6 March \u2013 King's Buildings, Edinburgh"),
         Targets(paras=(1,), text=True, props=()), (select("Kings Building,"), keys("King's Buildings,"))),
    Case("d-dd-infeasible-send", "data_day", "send the schedule to all the speakers", "infeasible", unchanged()),
    Case("d-rent-new-rent", "rent_notice", "the new rent is actually \u00a3885", "unquoted",
         para_text_is("The new rent", "The new rent will be \u00a3885 per month."),
         Targets(paras=(6,), text=True, props=()), (select("\u00a3895"), keys("\u00a3885"))),
    Case("d-rent-title-underline", "rent_notice", "underline the title", "role",
         fmt("NOTICE OF RENT INCREASE", underline=True), Targets(paras=(0,), props=("underline",)),
         (select("NOTICE OF RENT INCREASE"), click("Underline"))),
    Case("d-rent-date-italic", "rent_notice", "make the date line italic", "role",
         chars_in_paras(["Date: 1st April 2025"], italic=True), Targets(paras=(3,), props=("italic",)),
         (select("Date: 1st April 2025"), click("Italic"))),
    Case("d-rent-page-break", "rent_notice", "put a page break before Yours sincerely", "page_break",
         page_break_between("0123.", "Yours sincerely,"),
         Targets(paras=("If you have any", "Yours sincerely,"), props=("breaks",), new_paras=2),
         (select("Yours sincerely,"), keys("{HOME}"), click("Page Break"))),
    Case("d-rent-from-right", "rent_notice", "right-align the from line", "role",
         para("From: Harbour", align="right"), Targets(paras=(2,), props=("align",)),
         (select("From: Harbour Lettings Ltd"), click("Align Right"))),
    Case("d-rent-name", "rent_notice", "change Ms A. Okonkwo to Mr B. Okonkwo", "unquoted",
         para_text_is("To:", "To: Mr B. Okonkwo, Flat 3, 12 Elm Street"),
         Targets(paras=(1,), text=True, props=()), (select("Ms A. Okonkwo"), keys("Mr B. Okonkwo"))),
    Case("d-rent-points-bold", "rent_notice", "make the three numbered points bold", "by_content",
         chars_in_paras(RENT_POINTS, bold=True), Targets(paras=(5, 6, 7), props=("bold",)),
         (select(RENT_POINTS[0]), keys("{HOME}+{DOWN}+{DOWN}+{END}"), click("Bold"))),
    Case("d-rent-spacing", "rent_notice", "1.5 spacing throughout", "whole_document",
         every_para(line=1.5), Targets(everything=True, props=("line",)), (keys("^a"), value("Line Spacing", "1.5"))),
    Case("d-rent-phone-yellow", "rent_notice", "highlight the phone number in yellow", "by_content",
         fmt("020 7946 0123", highlight="yellow"), Targets(spans=("020 7946 0123",), props=("highlight",)),
         (select("020 7946 0123"), value("Character Highlighting Color", "Yellow"))),
    Case("d-rent-infeasible-email", "rent_notice", "email a copy to the tenant", "infeasible", unchanged()),
    Case("d-rent-job-italic", "rent_notice", "make Tom Reilly's job title italic", "role",
         chars_in_paras(["Lettings Manager"], italic=True), Targets(paras=(11,), props=("italic",)),
         (select("Lettings Manager"), click("Italic"))),
    Case("d-rent-deposit-delete", "rent_notice", "the deposit line should be deleted", "unquoted",
         body_texts_are(["NOTICE OF RENT INCREASE", "To: Ms A. Okonkwo, Flat 3, 12 Elm Street",
                         "From: Harbour Lettings Ltd", "Date: 1st April 2025", "We are writing to tell you that the "
                         "rent for your flat will change from 1st May 2025.", *RENT_POINTS[:2],
                         "If you have any questions, please contact us on 020 7946 0123.", "Yours sincerely,",
                         "Tom Reilly", "Lettings Manager"]),
         Targets(paras=(7,), removed=True, text=True), (select(RENT_POINTS[2]), keys("{DELETE}{BACKSPACE}"))),
    # ---- written 2026-12-06 (fifteenth session, third batch): requests typed as to a colleague, on an e-mail kept as a
    # document and a plumber's quote; checks and references first, measured once before any rule was written for them
    Case("d-beach-subject-bold", "beach_email", "hey can you make the subject line bold please", "role",
         chars_in_paras(["Subject: Beach clean"], bold=True), Targets(paras=(0,), props=("bold",)),
         (select("Subject: Beach clean on Saturday"), click("Bold"))),
    Case("d-beach-sunday", "beach_email", "Could you change Saturday to Sunday everywhere? thanks", "unquoted",
         all_of(lacks_text("Saturday"), para_text_is("Subject:", "Subject: Beach clean on Sunday"),
                para_text_is("If it rains", "If it rains we will move it to Sunday afternoon.")),
         Targets(paras=(0, 2, 7), text=True, props=()),
         (click("Find and Replace"), value("Find", "Saturday"), value("Replace", "Sunday"), click("Replace All"),
          click("Close"))),
    Case("d-beach-bullets-italic", "beach_email", "i'd like the bullet points in italics if possible", "by_content",
         chars_in_paras(BEACH_BULLETS, italic=True), Targets(paras=(3, 4, 5), props=("italic",)),
         (select(BEACH_BULLETS[0]), keys("{HOME}+{DOWN}+{DOWN}+{END}"), click("Italic"))),
    Case("d-beach-signoff-underline", "beach_email", "pls make 'Cheers,' and my name underlined", "multi_op",
         all_of(fmt("Cheers,", underline=True), fmt("Maya", underline=True)),
         Targets(paras=(8, 9), props=("underline",)),
         (select("Cheers,"), click("Underline"), select("Maya"), click("Underline"))),
    Case("d-beach-meeting-point", "beach_email",
         "The meeting point is wrong \u2013 it should be the lifeboat station, not the pier", "unquoted",
         para_text_is("Thanks for signing", "Thanks for signing up for the beach clean on Saturday. Meet at the "
                      "lifeboat station at 9:30."),
         Targets(paras=(2,), text=True, props=()), (select("the pier"), keys("the lifeboat station"))),
    Case("d-beach-verdana", "beach_email", "can we have the whole thing in Verdana 11", "whole_document",
         every_char(font="Verdana", size=11), Targets(everything=True, props=("font", "size")),
         (keys("^a"), value("Font Name", "Verdana"), value("Font Size", "11"))),
    Case("d-beach-parking", "beach_email", "delete the line about parking", "by_content",
         body_texts_are([t for t in BEACH_TEXTS if not t.startswith("Parking")]),
         Targets(paras=(6,), removed=True, text=True),
         (select("Parking is free on the seafront before 10."), keys("{DELETE}{DELETE}"))),
    Case("d-beach-first-bullet-red", "beach_email", "make the first bullet red, it's important", "by_position",
         chars_in_paras([BEACH_BULLETS[0]], color="red"), Targets(paras=(3,), props=("color",)),
         (select(BEACH_BULLETS[0]), value("Font Color", "Red"))),
    Case("d-beach-new-bullet", "beach_email",
         "Hi, can you add 'Bring gloves if you have them' as a new bullet at the end of the list?", "by_position",
         all_of(body_texts_are([*BEACH_TEXTS[:6], "Bring gloves if you have them", *BEACH_TEXTS[6:]]),
                paras_all(["Bring gloves if you have them"], list=bulleted)),
         Targets(added=("Bring gloves if you have them",)),
         (select(BEACH_BULLETS[2]), keys("{END}{ENTER}Bring gloves if you have them"))),
    Case("d-beach-infeasible-forward", "beach_email", "forward this to the council", "infeasible", unchanged()),
    Case("d-beach-greeting-size", "beach_email", "make Hi all, a bit bigger \u2013 14pt", "unquoted",
         fmt("Hi all,", size=14), Targets(paras=(1,), props=("size",)), (select("Hi all,"), value("Font Size", "14"))),
    Case("d-beach-time", "beach_email", "the time is 10:00 now not 9:30", "unquoted",
         para_text_is("Thanks for signing", "Thanks for signing up for the beach clean on Saturday. Meet at the pier "
                      "at 10:00."), Targets(paras=(2,), text=True, props=()), (select("9:30"), keys("10:00"))),
    Case("d-quote-total-bold", "plumber_quote", "could you make the total row bold?", "table",
         cells_fmt(0, row=5, bold=True), Targets(cells=((0, 5, None),), props=("bold",)),
         (select_cells(1, row=6), click("Bold"))),
    Case("d-quote-valve-price", "plumber_quote", "the radiator valves are \u00a345 each actually", "table",
         any_of(cell_is(0, 2, 2, "\u00a345.00"), cell_is(0, 2, 2, "\u00a345")),
         Targets(cells=((0, 2, 2),), text=True, props=()), (select("\u00a340.00"), keys("\u00a345.00"))),
    Case("d-quote-unit-right", "plumber_quote", "right-align the unit price column", "table",
         cells_para(0, col=2, align="right"), Targets(cells=((0, None, 2),), props=("align",)),
         (select_cells(1, column=3), click("Align Right"))),
    Case("d-quote-number", "plumber_quote", "change the quote number to Q-2025-042", "unquoted",
         para_text_is("Quote no.", "Quote no. Q-2025-042"), Targets(paras=(1,), text=True, props=()),
         (select("Q-2025-041"), keys("Q-2025-042"))),
    Case("d-quote-vat-italic", "plumber_quote", "make VAT (20%) italic", "unquoted",
         fmt("VAT (20%)", italic=True), Targets(cells=((0, 4, 0),), props=("italic",)),
         (select("VAT (20%)"), click("Italic"))),
    Case("d-quote-last-total-bold", "plumber_quote", "bold the word Total in the last row", "table",
         cells_fmt(0, row=5, col=0, bold=True), Targets(cells=((0, 5, 0),), props=("bold",)),
         (select_cells(1, row=6, column=1), click("Bold"))),
    Case("d-quote-valid", "plumber_quote", "valid for 60 days, not 30", "unquoted",
         para_text_is("This quote", "This quote is valid for 60 days."), Targets(paras=(3,), text=True, props=()),
         (select("30 days"), keys("60 days"))),
    Case("d-quote-customer-bold", "plumber_quote", "put the customer's name in bold", "role",
         fmt("Mr D. Patel", bold=True), Targets(paras=(2,), props=("bold",)), (select("Mr D. Patel"), click("Bold"))),
    Case("d-quote-title-multi", "plumber_quote", "Can you make the heading Quotation centred and 24 point?",
         "multi_op", all_of(fmt("Quotation", size=24), para("Quotation", align="center")),
         Targets(paras=(0,), props=("size", "align")),
         (select("Quotation"), click("Align Center"), value("Font Size", "24"))),
    Case("d-quote-infeasible-sign", "plumber_quote", "please sign it for me and send it back", "infeasible",
         unchanged()),
    Case("d-quote-delete-signed", "plumber_quote", "delete the signed line", "role",
         body_texts_are(["Quotation", "Quote no. Q-2025-041", "Customer: Mr D. Patel, 8 Ash Grove",
                         "This quote is valid for 30 days.", "Payment is due within 14 days of completion."]),
         Targets(paras=(5,), removed=True, text=True), (select("Signed: ______________"), keys("{DELETE}"))),
    # ---- written 2026-12-06 (fifteenth session, sixth batch) on two more documents; measured once on the session's
    # last runtime and left as they came out: no rule was written after reading them
    Case("d-news-title-multi", "allotment_news", "Make the title bold and 18 pt.", "public_style",
         fmt("Allotment News \u2013 Spring 2025", bold=True, size=18), Targets(paras=(0,), props=("bold", "size")),
         (select("Allotment News \u2013 Spring 2025"), click("Bold"), value("Font Size", "18"))),
    Case("d-news-seed-swap", "allotment_news", "change the date of the seed swap to 12 April", "table",
         table_rows(0, [NEWS_DATES[0], ["12 April", "Seed swap", "Allotment hut"], *NEWS_DATES[2:]]),
         Targets(cells=((0, 1, 0),), text=True, props=()), (select("5 April"), keys("12 April"))),
    Case("d-news-nodig-italic", "allotment_news", "italicize No-dig", "unquoted",
         fmt("No-dig", italic=True), Targets(spans=("\u201cNo-dig\u201d",), props=("italic",)),
         (select("No-dig"), click("Italic"))),
    Case("d-news-signoff-underline", "allotment_news", "underline the committee's sign-off", "role",
         fmt("The Committee", underline=True), Targets(paras=(8,), props=("underline",)),
         (select("The Committee"), click("Underline"))),
    Case("d-news-header-italic", "allotment_news", "Italicize the header row of the table.", "public_style",
         cells_fmt(0, row=0, italic=True), Targets(cells=((0, 0, None),), props=("italic",)),
         (select_cells(1, row=1), click("Italic"))),
    Case("d-news-reminders-numbered", "allotment_news", "make the reminders a numbered list", "by_content",
         paras_all(NEWS_REMINDERS, list=numbered), Targets(paras=NEWS_REMINDERS, props=("list",)),
         (select(NEWS_REMINDERS[0]), keys("{HOME}+{DOWN}+{DOWN}+{END}"), click("Ordered List"))),
    Case("d-news-spacing", "allotment_news", "Set the line spacing of the whole document to 1.5.", "public_style",
         every_para(line=1.5), Targets(everything=True, props=("line",)), (keys("^a"), value("Line Spacing", "1.5"))),
    Case("d-news-plant-sale", "allotment_news", "the plant sale is at the church hall, not the allotment hut", "table",
         lambda doc, src=None: cell_text(tables(doc)[0][2][2]).strip().lower() in ("church hall", "the church hall"),
         Targets(cells=((0, 2, 2),), text=True, props=()), (select_cells(1, row=3, column=3), keys("Church hall"))),
    Case("d-news-first-reminder", "allotment_news", "Could you highlight the first reminder in yellow?", "by_position",
         fmt(NEWS_REMINDERS[0], highlight="yellow"), Targets(paras=(5,), props=("highlight",)),
         (select(NEWS_REMINDERS[0]), value("Character Highlighting Color", "Yellow"))),
    Case("d-news-where-right", "allotment_news", "right-align the Where column", "table",
         cells_para(0, col=2, align="right"), Targets(cells=((0, None, 2),), props=("align",)),
         (select_cells(1, column=3), click("Align Right"))),
    Case("d-news-infeasible-post", "allotment_news", "post this newsletter on facebook", "infeasible", unchanged()),
    Case("d-news-welcome-italic", "allotment_news", "italicise the welcome paragraph", "by_content",
         chars_in_paras(["Welcome back"], italic=True), Targets(paras=(1,), props=("italic",)),
         (select("Welcome back to the growing season. Here is what is coming up on the site."), click("Italic"))),
    Case("d-proto-co2", "lab_protocol", "Make the 2 in CO2 a subscript.", "char_in_word",
         fmt("CO[2]", vert="subscript"), Targets(spans=("CO[2]",), props=("vert",)),
         (select("CO2"), keys("{LEFT}{RIGHT}+{LEFT}"), click("Subscript"))),
    Case("d-proto-temp", "lab_protocol", "Change 37 \u00b0C to 30 \u00b0C in step 3", "quoted",
         para_text_is("Keep the flask", "Keep the flask in a water bath at 30 \u00b0C."),
         Targets(paras=(5,), text=True, props=()), (select("37 \u00b0C"), keys("30 \u00b0C"))),
    Case("d-proto-warning-bold", "lab_protocol", "make the whole warning bold", "role",
         chars_in_paras(["Warning:"], bold=True), Targets(paras=(8,), props=("bold",)),
         (select("Warning: H2SO4 is corrosive. Wear gloves and goggles."), click("Bold"))),
    Case("d-proto-table-italic", "lab_protocol", "italicise the reagents table", "table",
         cells_fmt(0, italic=True), Targets(cells=((0, None, None),), props=("italic",)),
         (select_table(1), click("Italic"))),
    Case("d-proto-add-row", "lab_protocol", "add a row at the bottom of the reagents table", "table",
         table_rows(0, [*LAB_REAGENTS, ["", ""]]), Targets(tables=(0,), new_rows=1),
         (select("20 ml"), click("Rows Below"))),
    Case("d-proto-step4-red", "lab_protocol", "put step 4 in red", "by_position",
         chars_in_paras([LAB_STEPS[3]], color="red"), Targets(paras=(6,), props=("color",)),
         (select(LAB_STEPS[3]), value("Font Color", "Red"))),
    Case("d-proto-dispose-double", "lab_protocol", "Double-space the paragraph that starts with 'Dispose of'.",
         "public_style", para("Dispose of", line=2.0), Targets(paras=(9,), props=("line",)),
         (select("Dispose of all waste in the labelled container by the sink."), value("Line Spacing", "2"))),
    Case("d-proto-minutes", "lab_protocol", "the limewater time is 45 minutes, not 30", "unquoted",
         para_text_is("Bubble the CO2", "Bubble the CO2 through limewater for 45 minutes."),
         Targets(paras=(6,), text=True, props=()), (select("30 minutes"), keys("45 minutes"))),
    Case("d-proto-infeasible-pdf", "lab_protocol", "export the protocol as a PDF", "infeasible", unchanged()),
    Case("d-proto-acid-bold", "lab_protocol", "Make H2SO4 bold", "unquoted",
         fmt("H2SO4", bold=True), Targets(spans=("H2SO4",), props=("bold",)), (select("H2SO4"), click("Bold"))),
    Case("d-proto-reagents-centre", "lab_protocol", "center the Reagents heading", "role",
         para("Reagents", exact=True, align="center"), Targets(paras=(1,), props=("align",)),
         (select("Reagents"), click("Align Center"))),
    Case("d-proto-title-size", "lab_protocol", "make the protocol title 22pt", "role",
         fmt("Yeast Fermentation Test", size=22), Targets(paras=(0,), props=("size",)),
         (select("Yeast Fermentation Test"), value("Font Size", "22"))),
    # ---- batch 7: a village hall's booking confirmation (hall_booking) and a holiday cottage's welcome sheet
    # (cottage_guide), two genres new to the set; requests typed as to a colleague, a quarter of them needing a
    # reader's sense (sums that must still add up, "half ten", "except the title"); checks and references first,
    # not yet measured
    Case("d-hall-name-multi", "hall_booking", "the hall name at the top \u2013 centre it, 24pt and blue please",
         "multi_op", all_of(fmt("Ashcombe Village Hall", size=24, color="blue"),
                            para("Ashcombe Village Hall", align="center")),
         Targets(paras=(0,), props=("size", "color", "align")),
         (select("Ashcombe Village Hall"), click("Align Center"), value("Font Size", "24"),
          value("Font Color", "Blue"))),
    Case("d-hall-8th-super", "hall_booking", "th in 8th should be superscript", "char_in_word",
         fmt("8[th]", vert="superscript"), Targets(spans=("8[th]",), props=("vert",)),
         (select("8th"), keys("{LEFT}{LEFT}+{RIGHT}+{RIGHT}"), click("Superscript"))),
    Case("d-hall-kitchen-hours", "hall_booking",
         "they only want the kitchen for 5 hours not 9, can you fix the table so the sums are right", "table",
         any_of(*(table_rows(0, [*HALL_CHARGES[:2], ["Kitchen", "\u00a38.00 an hour", "5", cost], HALL_CHARGES[3],
                                 ["Total", "", "", total]])
                  for cost in ("\u00a340.00", "\u00a340") for total in ("\u00a3227.00", "\u00a3227"))),
         Targets(cells=((0, 2, 2), (0, 2, 3), (0, 4, 3)), text=True, props=()),
         (select_cells(1, row=3, column=3), keys("5"), select("\u00a372.00"), keys("\u00a340.00"),
          select("\u00a3259.00"), keys("\u00a3227.00"))),
    Case("d-hall-helene", "hall_booking", "the hirer's first name is H\u00e9l\u00e8ne, with both accents", "role",
         para_text_is("Hirer:", "Hirer: Mrs H\u00e9l\u00e8ne Marsh"), Targets(paras=(4,), text=True, props=()),
         (select("Helene"), keys("H\u00e9l\u00e8ne"))),
    Case("d-hall-accommodate", "hall_booking", "acommodate is spelt wrong near the top, can you fix it", "unquoted",
         para_text_is("Thank you for booking", HALL_INTRO.replace("accomodate", "accommodate")),
         Targets(paras=(3,), text=True, props=()), (select("accomodate"), keys("accommodate"))),
    Case("d-hall-conditions-bullets", "hall_booking", "the conditions don't need numbers, just make them bullet points",
         "by_content", paras_all(HALL_CONDITIONS, list=bulleted), Targets(paras=HALL_CONDITIONS, props=("list",)),
         (select(HALL_CONDITIONS[0]), keys("{HOME}" + "+{DOWN}" * 3 + "+{END}"), click("Unordered List"))),
    Case("d-hall-fire-red", "hall_booking", "make the fire exit warning red", "by_content",
         chars_in_paras(["Important: the fire exits"], color="red"), Targets(paras=(15,), props=("color",)),
         (select("Important: the fire exits must be kept clear at all times."), value("Font Color", "Red"))),
    Case("d-hall-signoff-italic", "hall_booking", "put the sign off in italics", "role",
         fmt("With best wishes,", italic=True),
         Targets(paras=("With best wishes,", "Margaret Pryce", "Bookings Secretary"), props=("italic",)),
         (select("With best wishes,"), click("Italic"))),
    Case("d-hall-infeasible-email", "hall_booking", "can you email this to Mrs Marsh", "infeasible", unchanged()),
    Case("d-hall-all-arial", "hall_booking", "everything in Arial please, the table as well", "whole_document",
         every_char(font="Arial"), Targets(everything=True, props=("font",)),
         (keys("^a"), value("Font Name", "Arial"))),
    Case("d-hall-conditions-page", "hall_booking", "conditions of hire on a separate page", "page_break",
         page_break_between("left clean and undamaged.", "Conditions of hire"),
         Targets(paras=("Deposit:", "Conditions of hire"), props=("breaks",), new_paras=2),
         (select("Conditions of hire"), keys("{HOME}"), click("Page Break"))),
    Case("d-hall-last-condition", "hall_booking", "bold the last condition, people always miss it", "by_position",
         fmt(HALL_CONDITIONS[3], bold=True), Targets(paras=(14,), props=("bold",)),
         (select(HALL_CONDITIONS[3]), click("Bold"))),
    Case("d-cottage-keysafe", "cottage_guide", "the key safe code's changed, it's 5812 now", "unquoted",
         para_text_is("The key safe", "The key safe is to the left of the front door. The code is 5812."),
         Targets(paras=(5,), text=True, props=()), (select("4471"), keys("5812"))),
    Case("d-cottage-password-multi", "cottage_guide", "bold the wifi password and make it 14pt", "multi_op",
         fmt("seashell22", bold=True, size=14), Targets(spans=("password: seashell22",), props=("bold", "size")),
         (select("seashell22"), click("Bold"), value("Font Size", "14"))),
    Case("d-cottage-new-bullet", "cottage_guide",
         "add a bullet at the end of the house list saying spare blankets are in the airing cupboard", "by_position",
         any_of(*(all_of(body_texts_are([*COTTAGE_TEXTS[:14], t, *COTTAGE_TEXTS[14:]]), paras_all([t], list=bulleted))
                  for t in (BLANKETS, BLANKETS + "."))),
         Targets(added=(BLANKETS, BLANKETS + ".")),
         (select(COTTAGE_BULLETS[4]), keys("{END}{ENTER}" + BLANKETS))),
    Case("d-cottage-ship-inn", "cottage_guide", "the ship inn is more like a 10 min walk tbh", "table",
         table_rows(0, [COTTAGE_PLACES[0], ["The Ship Inn", "Pub with food", "10 min walk"], *COTTAGE_PLACES[2:]]),
         Targets(cells=((0, 1, 2),), text=True, props=()), (select_cells(1, row=2, column=3), keys("10 min walk"))),
    Case("d-cottage-add-place", "cottage_guide",
         "add the Minack Theatre to the places table \u2013 open-air theatre, 20 min drive", "table",
         any_of(*(table_rows(0, [*COTTAGE_PLACES, ["Minack Theatre", what, "20 min drive"]])
                  for what in ("Open-air theatre", "open-air theatre"))),
         Targets(tables=(0,), new_rows=1, text=True),
         (select("25 min drive"), keys("{END}{TAB}Minack Theatre{TAB}Open-air theatre{TAB}20 min drive"))),
    Case("d-cottage-public-header", "cottage_guide", "Make the first row of the table bold.", "public_style",
         cells_fmt(0, row=0, bold=True), Targets(cells=((0, 0, None),), props=("bold",)),
         (select_cells(1, row=1), click("Bold"))),
    Case("d-cottage-m2", "cottage_guide", "the garden size should have a proper square metres sign, the 2 small and up",
         "char_in_word", fmt("m[2]", vert="superscript"), Targets(spans=("m[2]",), props=("vert",)),
         (select("m2"), keys("{LEFT}+{RIGHT}"), click("Superscript"))),
    Case("d-cottage-quiet", "cottage_guide", "quiet hours start at half ten, not 10", "unquoted",
         para_text_is("Quiet hours", "Quiet hours are 22:30\u201308:00, as the neighbours have young children"),
         Targets(paras=(13,), text=True, props=()), (select("22:00"), keys("22:30"))),
    Case("d-cottage-paras-4-6", "cottage_guide", "put paragraphs 4 to 6 in bold", "paragraph_range",
         chars_in_paras(COTTAGE_TEXTS[3:6], bold=True), Targets(paras=(3, 4, 5), props=("bold",)),
         (select(COTTAGE_TEXTS[3]), keys("{HOME}+{DOWN}+{DOWN}+{END}"), click("Bold"))),
    Case("d-cottage-typo-phone", "cottage_guide", "undreline the phne number at the bottom", "typo",
         fmt("07700 900482", underline=True), Targets(paras=("Phone:",), props=("underline",)),
         (select("07700 900482"), click("Underline"))),
    Case("d-cottage-meter-table", "cottage_guide",
         "put a table under the wifi details, 4 rows by 2 columns, we'll use it for meter readings", "insert_table",
         new_table(4, 2, after="seashell22"), Targets(new_tables=1, new_paras=2),
         (select("seashell22"), keys("{END}"), insert_table(4, 2))),
    Case("d-cottage-12pt-not-title", "cottage_guide", "make all the text 12pt except the title", "whole_document",
         all_of(chars_in_paras(COTTAGE_TEXTS[1:], size=12), cells_fmt(0, size=12),
                fmt("Welcome to Gull Cottage", size=26)),
         Targets(paras=tuple(range(1, 20)), cells=((0, None, None),), props=("size",)),
         (select("Welcome to Gull Cottage"), keys("{END}{RIGHT}^+{END}"), value("Font Size", "12"))),
    Case("d-cottage-infeasible-print", "cottage_guide", "print 3 copies for the cottage folder", "infeasible",
         unchanged()),
    Case("d-cottage-enjoy-quoted", "cottage_guide", 'make "Enjoy your stay!" a bit bigger, say 16pt', "quoted",
         fmt("Enjoy your stay!", size=16), Targets(paras=(17,), props=("size",)),
         (select("Enjoy your stay!"), value("Font Size", "16"))),
    # batch 8: a junior football club's match report (match_report) and a wedding information sheet for guests
    # (wedding_info), two genres new to the set; requests typed as to a colleague, about a quarter needing a reader's
    # sense (a tally that must follow a corrected score, a surname in two places, an unnamed misspelling, a meal that
    # moves with the drinks, swapped digits, "a bit bigger"); checks and references first, not yet measured
    Case("d-match-u12-won", "match_report",
         "U12s won 2-1, the ref had the score the wrong way round. can you correct it everywhere", "table",
         all_of(any_of(cell_is(0, 2, 3, "2\u20131"), cell_is(0, 2, 3, "2-1")), tally_after_u12_win),
         Targets(cells=((0, 2, 3),), paras=(10,), text=True, props=()),
         (select_cells(1, row=3, column=4), keys("2\u20131"), select("two wins, a draw and a defeat"),
          keys("three wins and a draw"))),
    Case("d-match-kickoff", "match_report", "kick off was 10.30 not 10", "unquoted",
         any_of(*(para_text_is("Sunday 12 October", f"Sunday 12 October 2025, Manor Park \u2013 kick-off {t}")
                  for t in ("10:30am", "10.30am", "10:30 am", "10.30 am", "10:30", "10.30"))),
         Targets(paras=(1,), text=True, props=()), (select("10am"), keys("10:30am"))),
    Case("d-match-clarke", "match_report", "Maisie's surname is Clarke, with an e", "unquoted",
         all_of(para_text_is("Goals:", "Goals: Okoro, Brennan, Clarke"),
                para_text_is("The winner came", MATCH_STORY[1].replace("Clark", "Clarke"))),
         Targets(paras=(3, 6), text=True, props=()),
         (select("Brennan, Clark"), keys("Brennan, Clarke"), select("Maisie Clark"), keys("Maisie Clarke"))),
    Case("d-match-spelling", "match_report",
         "theres a spelling mistake in the paragraph about the winner, can you fix it", "by_content",
         para_text_is("The winner came", MATCH_STORY[1].replace("definately", "definitely")),
         Targets(paras=(6,), text=True, props=()), (select("definately"), keys("definitely"))),
    Case("d-match-ordinals", "match_report", "make the th in 19th and 26th superscript", "char_in_word",
         all_of(fmt("19[th]", vert="superscript"), fmt("26[th]", vert="superscript")),
         Targets(spans=("19[th]", "26[th]"), props=("vert",)),
         (select("19th"), keys("{LEFT}{LEFT}+{RIGHT}+{RIGHT}"), click("Superscript"),
          select("26th"), keys("{LEFT}{LEFT}+{RIGHT}+{RIGHT}"), click("Superscript"))),
    Case("d-match-verdana", "match_report", "can you put the whole report in Verdana, table and all", "whole_document",
         every_char(font="Verdana"), Targets(everything=True, props=("font",)),
         (keys("^a"), value("Font Name", "Verdana"))),
    Case("d-match-u18-row", "match_report",
         "add the U18s to the results table too \u2013 away at Sawbridgeworth, postponed (waterlogged pitch)", "table",
         any_of(*(table_rows(0, [*MATCH_RESULTS, ["U18s", "Sawbridgeworth", "Away", s]]) for s in POSTPONED)),
         Targets(tables=(0,), new_rows=1, text=True),
         (select("0\u20130"), keys("{END}{TAB}U18s{TAB}Sawbridgeworth{TAB}Away{TAB}Postponed"))),
    Case("d-match-last-bullet", "match_report", "delete the last bullet point, the rota's finished for the season",
         "by_position", all_of(body_texts_are([t for t in MATCH_TEXTS if t != MATCH_REMINDERS[3]]),
                               para("Note:", list=False)),
         Targets(paras=(15,), removed=True, text=True),
         (select(MATCH_REMINDERS[2]), keys("{END}+{RIGHT}^+{DOWN}{DELETE}"))),
    Case("d-match-infeasible-whatsapp", "match_report", "can you send this to the parents whatsapp group", "infeasible",
         unchanged()),
    Case("d-match-final-score", "match_report", "make the final score line stand out \u2013 bold and a bit bigger",
         "multi_op", chars_in_paras(["Final score:"], bold=True, size=lambda v: v is not None and float(v) > 11),
         Targets(paras=(2,), props=("bold", "size")),
         (select("Final score: Hartfield Rovers 3\u20132 Kingsmead Colts"), click("Bold"), value("Font Size", "14"))),
    Case("d-match-first-three", "match_report", "centre the first three lines", "paragraph_range",
         paras_all(MATCH_TEXTS[:3], align="center"), Targets(paras=(0, 1, 2), props=("align",)),
         (select(MATCH_TEXTS[0]), keys("{HOME}+{DOWN}+{DOWN}+{END}"), click("Align Center"))),
    Case("d-match-lift-table", "match_report",
         "put an empty table at the very bottom for next week's lift share, 3 columns and 5 rows", "insert_table",
         new_table(5, 3, at_end=True), Targets(new_tables=1, new_paras=2), (keys("^{END}"), insert_table(5, 3))),
    Case("d-match-score-centre", "match_report", "centre the Score column", "table",
         cells_para(0, col=3, align="center"), Targets(cells=((0, None, 3),), props=("align",)),
         (select_cells(1, column=4), click("Align Center"))),
    Case("d-wed-rsvp-date", "wedding_info", "the RSVP deadline is the 8th of May, not the 1st", "role",
         any_of(*(para_text_is("RSVP:", "RSVP: " + WEDDING_RSVP.replace("1 May", d)) for d in ("8 May", "8th May"))),
         Targets(paras=(13,), text=True, props=()), (select("1 May 2026"), keys("8 May 2026"))),
    Case("d-wed-ceilidh", "wedding_info", "the ceilidh starts at 7:30 now, not 8", "table",
         any_of(*(table_rows(0, [*WEDDING_DAY[:4], [t, "Evening reception and ceilidh", "Hollins Barn"]])
                  for t in ("7:30pm", "7:30 pm", "7.30pm"))),
         Targets(cells=((0, 4, 0),), text=True, props=()), (select("8:00pm"), keys("7:30pm"))),
    Case("d-wed-drinks-meal", "wedding_info", "drinks now go on till half five, so the meal's at 6", "multi_op",
         any_of(*(table_rows(0, [*WEDDING_DAY[:2], ["3:00\u20135:30pm", *WEDDING_DAY[2][1:]],
                                 [m, *WEDDING_DAY[3][1:]], WEDDING_DAY[4]]) for m in ("6:00pm", "6pm", "6:00 pm"))),
         Targets(cells=((0, 2, 0), (0, 3, 0)), text=True, props=()),
         (select_cells(1, row=4, column=1), keys("6:00pm"), select("5:00pm"), keys("5:30pm"))),
    Case("d-wed-dress-italic", "wedding_info", "itallics for the dres code line pls", "typo",
         chars_in_paras(["Dress code:"], italic=True), Targets(paras=(11,), props=("italic",)),
         (select(WEDDING_DRESS), click("Italic"))),
    Case("d-wed-infeasible-pdf", "wedding_info", "make this into a pdf i can send round", "infeasible", unchanged()),
    Case("d-wed-coach-strike", "wedding_info",
         "the coach isn't running any more \u2013 strike that bullet through for now, don't delete it", "by_content",
         chars_in_paras([WEDDING_TRAVEL[1]], strike=True), Targets(paras=(8,), props=("strike",)),
         (select(WEDDING_TRAVEL[1]), click("Strikethrough"))),
    Case("d-wed-zoe-number", "wedding_info", "Zoe's mobile ends in 671, not 617", "unquoted",
         para_text_is("RSVP:", "RSVP: " + WEDDING_RSVP.replace("900617", "900671")),
         Targets(paras=(13,), text=True, props=()), (select("900617"), keys("900671"))),
    Case("d-wed-station-bullet", "wedding_info",
         "add another bullet to the end of the getting there list: nearest station is Bramley, about 10 minutes by "
         "taxi",
         "by_position",
         any_of(*(all_of(body_texts_are([*WEDDING_TEXTS[:11], t, *WEDDING_TEXTS[11:]]), paras_all([t], list=bulleted))
                  for t in STATION)),
         Targets(added=STATION), (select(WEDDING_TRAVEL[3]), keys("{END}{ENTER}" + STATION[0]))),
    Case("d-wed-names-36", "wedding_info", "names at the top should be 36pt", "role",
         fmt("Sophie & Daniel", size=36), Targets(paras=(0,), props=("size",)),
         (select("Sophie & Daniel"), value("Font Size", "36"))),
    Case("d-wed-delete-ps", "wedding_info", "get rid of the PS at the bottom", "role",
         body_texts_are(WEDDING_TEXTS[:-1]), Targets(paras=(18,), removed=True, text=True),
         (select("Sophie and Daniel"), keys("{END}+^{END}{DELETE}"))),
    Case("d-wed-rsvp-page", "wedding_info", "start the RSVP section on a new page", "page_break",
         page_break_between("chilly after dark.", "RSVP"), Targets(paras=(11, 12), props=("breaks",), new_paras=2),
         (select("RSVP"), keys("{HOME}"), click("Page Break"))),
    Case("d-wed-honeymoon", "wedding_info", 'highlight "honeymoon fund" in yellow', "quoted",
         fmt("honeymoon fund", highlight="yellow"), Targets(spans=("honeymoon fund",), props=("highlight",)),
         (select("honeymoon fund"), value("Character Highlighting Color", "Yellow"))),
    Case("d-wed-public-spacing", "wedding_info",
         'Set the line spacing of the paragraph that begins with "Please tell us" to 1.5.', "public_style",
         para("Please tell us", line=1.5), Targets(paras=(14,), props=("line",)),
         (select(WEDDING_DIET), value("Line Spacing", "1.5"))),
    # batch 9: a GP surgery's notice to patients (gp_notice) and a library book group's reading list (book_club), two
    # genres new to the set; requests typed as to a colleague, about a quarter needing a reader's sense (Friday hours
    # "the same as the rest of the week", a clinic "a week later", boosters dropped under a heading that names them,
    # two rows swapped with the leader going with the book, "half six, still an hour and a half", a note made void by
    # news, a quote typed with a straight apostrophe); checks and references first, not yet measured
    Case("d-gp-friday-hours", "gp_notice",
         "fridays are the same as the rest of the week now, we don't close early any more", "table",
         any_of(*(table_rows(0, rows) for rows in (*GP_FRIDAY, *GP_MON_FRI))),
         Targets(cells=((0, 1, 0), (0, 2, 1), (0, 2, 2)), text=True, props=(), tables=(0,), removed_rows=1),
         (select_cells(1, row=3, column=2), keys("7:30\u201318:30"), select_cells(1, row=3, column=3),
          keys("8:00\u201318:30"))),
    Case("d-gp-kgm2", "gp_notice", "the 2 in kg/m2 should be superscript", "char_in_word",
         fmt("kg/m[2]", vert="superscript"), Targets(spans=("kg/m[2]",), props=("vert",)),
         (select("kg/m2"), keys("{LEFT}+{RIGHT}"), click("Superscript"))),
    Case("d-gp-phone", "gp_notice", "the booking phone number is wrong \u2013 it ends 251, not 215", "by_content",
         para_text_is("By phone", "By phone on 01632 960251 from 8:00"), Targets(paras=(11,), text=True, props=()),
         (select("960215"), keys("960251"))),
    Case("d-gp-second-flu", "gp_notice", "the second flu clinic is a week later than it says", "by_position",
         any_of(*(para_text_is("Walk-in", GP_FLU.replace("1 November", d)) for d in ("8 November", "8th November"))),
         Targets(paras=(6,), text=True, props=()), (select("1 November"), keys("8 November"))),
    Case("d-gp-infeasible-website", "gp_notice", "can you put this up on the practice website", "infeasible",
         unchanged()),
    Case("d-gp-headings-underline", "gp_notice", "underline all the section headings", "role",
         chars_in_paras(GP_HEADINGS, underline=True), Targets(paras=(2, 5, 9, 15), props=("underline",)),
         tuple(a for h in GP_HEADINGS for a in (select(h), click("Underline")))),
    Case("d-gp-no-saturday", "gp_notice", "we've stopped doing saturday mornings, take that row out of the hours table",
         "table", table_rows(0, GP_HOURS[:3]), Targets(tables=(0,), removed_rows=1),
         (select_cells(1, row=4), click("Delete Rows"))),
    Case("d-gp-email-bullet", "gp_notice",
         "add one more bullet at the end of the booking list: By email, for non-urgent requests only", "by_position",
         any_of(*(all_of(body_texts_are([*GP_TEXTS[:13], t, *GP_TEXTS[13:]]), paras_all([t], list=bulleted))
                  for t in GP_EMAIL)),
         Targets(added=GP_EMAIL), (select(GP_BOOKING[2]), keys("{END}{ENTER}" + GP_EMAIL[0]))),
    Case("d-gp-no-covid", "gp_notice", "we're not giving covid boosters this year, so that paragraph can go",
         "by_content",
         any_of(*(body_texts_are([*GP_TEXTS[:5], h, *GP_TEXTS[6:8], *GP_TEXTS[9:]])
                  for h in ("Flu and COVID vaccinations", "Flu vaccinations", "Flu vaccination", "Flu jabs"))),
         Targets(paras=(5, 8), removed=True, text=True, props=()), (select(GP_COVID), keys("{DELETE}{BACKSPACE}"))),
    Case("d-gp-important-red", "gp_notice", "make the importnat bit red so peple actually notice it", "typo",
         chars_in_paras(["Important:"], color="red"), Targets(paras=(14,), props=("color",)),
         (select("Important: " + GP_IMPORTANT), value("Font Color", "Red"))),
    Case("d-gp-top-multi", "gp_notice", "centre the surgery name and the line under it, and put the name in dark green",
         "multi_op", all_of(paras_all(GP_TEXTS[:2], align="center"), fmt("Elmfield Surgery", color="green"),
                           chars_in_paras(GP_TEXTS[1:2], color=None)),
         Targets(paras=(0, 1), props=("align", "color")),
         (select("Elmfield Surgery"), keys("{HOME}+{DOWN}+{END}"), click("Align Center"), select("Elmfield Surgery"),
          value("Font Color", "Dark Green"))),
    Case("d-gp-new-faces-page", "gp_notice", "start the new faces bit on a new page", "page_break",
         page_break_between("appointments were missed.", "New faces"),
         Targets(paras=("Important:", "New faces"), props=("breaks",), new_paras=2),
         (select("New faces"), keys("{HOME}"), click("Page Break"))),
    Case("d-gp-tahoma", "gp_notice", "put the whole notice in Tahoma please, the table as well", "whole_document",
         every_char(font="Tahoma"), Targets(everything=True, props=("font",)),
         (keys("^a"), value("Font Name", "Tahoma"))),
    Case("d-book-swap", "book_club", "can we swap April and May round? Ben's away in April", "table",
         table_rows(0, BOOK_SWAPPED), Targets(cells=tuple((0, r, c) for r in (4, 5) for c in (1, 2, 3)), text=True,
                                              props=()),
         tuple(a for r, row in ((5, BOOK_SWAPPED[4]), (6, BOOK_SWAPPED[5])) for c in (2, 3, 4)
               for a in (select_cells(1, row=r, column=c), keys(row[c - 1])))),
    Case("d-book-strout", "book_club", "the author of Olive Kitteridge is Strout with a t, not Stroud", "table",
         table_rows(0, [*BOOK_LIST[:4], ["14 April", "Olive Kitteridge", "Elizabeth Strout", "Ben"], *BOOK_LIST[5:]]),
         Targets(cells=((0, 4, 2),), text=True, props=()), (select("Stroud"), keys("Strout"))),
    Case("d-book-recommend", "book_club", "recommend is missing an m", "unquoted",
         para_text_is("If you", BOOK_SUGGEST.replace("recomend", "recommend")),
         Targets(paras=(12,), text=True, props=()), (select("recomend"), keys("recommend"))),
    Case("d-book-2nd", "book_club", "superscript the nd in 2nd Tuesday", "char_in_word",
         fmt("2[nd]", vert="superscript"), Targets(spans=("2[nd]",), props=("vert",)),
         (select("2nd"), keys("{LEFT}{LEFT}+{RIGHT}+{RIGHT}"), click("Superscript"))),
    Case("d-book-half-six", "book_club", "we're starting at half six from now on, still an hour and a half",
         "unquoted", any_of(*(para_text_is("When:", t) for t in BOOK_HALF_SIX)),
         Targets(paras=(2,), text=True, props=()), (select("7:00\u20138:30pm"), keys("6:30\u20138:00pm"))),
    Case("d-book-march-room", "book_club", "good news, the decorators have cancelled so march is in the garden room as "
         "normal", "by_content", body_texts_are([t for t in BOOK_TEXTS if t != BOOK_NOTE]),
         Targets(paras=(6,), removed=True, text=True, props=()), (select(BOOK_NOTE), keys("{DELETE}{DELETE}"))),
    Case("d-book-july", "book_club",
         "can you add july to the table \u2013 14 July, Tomorrow, and Tomorrow, and Tomorrow by Gabrielle Zevin, "
         "Tunde's leading that one", "table",
         all_of(table_rows(0, [*BOOK_LIST, BOOK_JULY]),
                any_of(*(para_text_is("Reading list", f"Reading list for January{d}{m} 2026")
                         for d in ("\u2013", "-") for m in ("June", "July")))),
         Targets(paras=(1,), tables=(0,), new_rows=1, text=True, props=()),
         (select("Agnieszka"), keys("{END}{TAB}" + "{TAB}".join(BOOK_JULY)))),
    Case("d-book-infeasible-print", "book_club", "print me 20 copies double-sided for tuesday", "infeasible",
         unchanged()),
    Case("d-book-autumn-table", "book_club",
         "stick an empty table at the very end for autumn suggestions, 3 columns and 8 rows", "insert_table",
         new_table(8, 3, at_end=True), Targets(new_tables=1, new_paras=2), (keys("^{END}"), insert_table(8, 3))),
    Case("d-book-where-underline", "book_club", "can you underlnie the where line", "typo",
         any_of(chars_in_paras(["Where:"], underline=True), fmt(BOOK_WHERE, underline=True)),
         Targets(paras=(3,), props=("underline",)), (select("Where: " + BOOK_WHERE), click("Underline"))),
    Case("d-book-paras-2-4", "book_club", "paragraphs 2 to 4 in italics please", "paragraph_range",
         chars_in_paras(BOOK_TEXTS[1:4], italic=True), Targets(paras=(1, 2, 3), props=("italic",)),
         (select(BOOK_TEXTS[1]), keys("{HOME}^+{DOWN}+{RIGHT}^+{DOWN}+{RIGHT}^+{DOWN}"), click("Italic"))),
    Case("d-book-public-header", "book_club", "Make the header row of the table bold and centered.", "public_style",
         all_of(cells_fmt(0, row=0, bold=True), cells_para(0, row=0, align="center")),
         Targets(cells=((0, 0, None),), props=("bold", "align")),
         (select_cells(1, row=1), click("Bold"), click("Align Center"))),
    Case("d-book-nobody-minds", "book_club", 'put "Nobody minds if you haven\'t finished!" in italics', "quoted",
         fmt("Nobody minds if you haven\u2019t finished!", italic=True),
         Targets(spans=("Nobody minds if you haven\u2019t finished!",), props=("italic",)),
         (select("Nobody minds if you haven\u2019t finished!"), click("Italic"))),
    # batch 10: a village café's menu (cafe_menu) and a hospice support group's autumn fundraising round-up
    # (fundraising), two genres new to the set; requests typed as to a colleague, about a quarter needing a reader's
    # sense (closing at "half four" on a 24-hour line, a dish added in its neighbours' "name – £price" form, headings
    # in "the same brown as the café name", a miscounted takings figure whose total appears twice, carols "the Thursday
    # before", Gift Aid "more like two and a half thousand"); checks and references first, not yet measured
    Case("d-cafe-sandwiches", "cafe_menu", "sandwiches is spelt wrong in the lunch bit", "unquoted",
         para_text_is("All sand", CAFE_LUNCH_INTRO.replace("sandwhiches", "sandwiches")),
         Targets(paras=(10,), text=True, props=()), (select("sandwhiches"), keys("sandwiches"))),
    Case("d-cafe-co2", "cafe_menu", "can you subscript the 2 in CO2", "char_in_word",
         fmt("CO[2]", vert="subscript"), Targets(spans=("CO[2]",), props=("vert",)),
         (select("CO2"), keys("{LEFT}+{RIGHT}"), click("Subscript"))),
    Case("d-cafe-half-four", "cafe_menu", "we close at half four now, not four", "unquoted",
         any_of(*(para_text_is("Church Street", t) for t in CAFE_HALF_FOUR)),
         Targets(paras=(1,), text=True, props=()), (select("16:00"), keys("16:30"))),
    Case("d-cafe-avocado", "cafe_menu", "add smashed avocado on sourdough to the breakfasts, 7.95", "by_position",
         any_of(*(all_of(body_texts_are([*CAFE_TEXTS[:k], t, *CAFE_TEXTS[k:]]), paras_all([t], list=bulleted))
                  for t in CAFE_AVOCADO for k in range(4, 10))),
         Targets(added=CAFE_AVOCADO), (select(CAFE_BREAKFAST[4]), keys("{END}{ENTER}" + CAFE_AVOCADO[0]))),
    Case("d-cafe-ploughman", "cafe_menu",
         "can you add a ploughman's to the lunch table? cheddar, ham, pickle and a roll, \u00a38.50", "table",
         any_of(*(table_rows(0, [*CAFE_LUNCH[:k], row, *CAFE_LUNCH[k:]]) for row in CAFE_PLOUGHMAN
                  for k in range(1, 7))),
         Targets(tables=(0,), new_rows=1, text=True),
         (select("\u00a38.50"), keys("{END}{TAB}" + "{TAB}".join(CAFE_PLOUGHMAN[0])))),
    Case("d-cafe-no-rarebit", "cafe_menu", "we don't do the rarebit any more, take it out", "table",
         table_rows(0, [r for r in CAFE_LUNCH if r[0] != "Welsh rarebit"]), Targets(tables=(0,), removed_rows=1),
         (select_cells(1, row=3), click("Delete Rows"))),
    Case("d-cafe-infeasible-facebook", "cafe_menu", "can you put this on our facebook page", "infeasible",
         unchanged()),
    Case("d-cafe-headings-brown", "cafe_menu", "make the three headings the same brown as the caf\u00e9 name", "role",
         chars_in_paras(CAFE_HEADINGS, color=cafe_brown), Targets(paras=(3, 9, 11), props=("color",)),
         tuple(a for h in CAFE_HEADINGS for a in (select(h), value("Font Color", "#7A3E1D")))),
    Case("d-cafe-cakes-to-note", "cafe_menu",
         "italics for everything from the cakes paragraph down to the allergy note", "paragraph_range",
         chars_in_paras(CAFE_TEXTS[12:16], italic=True),
         Targets(paras=(12, 13, 14, 15), props=("italic",)),
         (select("Our cakes change"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 3 + "^+{DOWN}"), click("Italic"))),
    Case("d-cafe-century", "cafe_menu", "whole menu in Century Gothic please, prices table included",
         "whole_document", every_char(font="Century Gothic"), Targets(everything=True, props=("font",)),
         (keys("^a"), value("Font Name", "Century Gothic"))),
    Case("d-cafe-public-price", "cafe_menu", "Right-align the Price column in the table.", "public_style",
         cells_para(0, col=2, align="right"), Targets(cells=((0, None, 2),), props=("align",)),
         (select_cells(1, column=3), click("Align Right"))),
    Case("d-cafe-soup-quiche", "cafe_menu", "soup's gone up to \u00a35.95 and the quiche is 8.75 now", "multi_op",
         table_rows(0, [CAFE_LUNCH[0], [*CAFE_LUNCH[1][:2], "\u00a35.95"], *CAFE_LUNCH[2:5],
                        [*CAFE_LUNCH[5][:2], "\u00a38.75"]]),
         Targets(cells=((0, 1, 2), (0, 5, 2)), text=True, props=()),
         (select("\u00a35.75"), keys("\u00a35.95"), select("\u00a38.50"), keys("\u00a38.75"))),
    Case("d-cafe-no-ps", "cafe_menu", "we've stopped doing takeaways so lose the PS", "role",
         body_texts_are(CAFE_TEXTS[:-1]), Targets(paras=(18,), removed=True, text=True),
         (select("Br\u00edd and Tom Kavanagh"), keys("{END}+^{END}{DELETE}"))),
    Case("d-fund-cake-sale", "fundraising",
         "we miscounted the cake sale, it was \u00a3412 not \u00a3385 \u2013 the total needs fixing too", "multi_op",
         all_of(table_rows(0, [*FUND_TABLE[:3], [*FUND_TABLE[3][:2], "\u00a3412"], *FUND_TABLE[4:6],
                               ["Total", "", "\u00a318,667"]]),
                para_text_is("Thank you to everyone", FUND_INTRO.replace("\u00a318,640", "\u00a318,667"))),
         Targets(paras=(2,), cells=((0, 3, 2), (0, 6, 2)), text=True, props=()),
         (select("\u00a3385"), keys("\u00a3412"), select("\u00a318,640"), keys("\u00a318,667"),
          select("\u00a318,640"), keys("\u00a318,667"))),
    Case("d-fund-10th", "fundraising", "superscript the th on 10th Lantern Walk", "char_in_word",
         fmt("10[th]", vert="superscript"), Targets(spans=("10[th]",), props=("vert",)),
         (select("10th"), keys("{LEFT}{LEFT}+{RIGHT}+{RIGHT}"), click("Superscript"))),
    Case("d-fund-spelling", "fundraising", "there's a typo in the what it pays for paragraph", "by_content",
         para_text_is("It costs", FUND_PAYS.replace("recieve", "receive")), Targets(paras=(6,), text=True, props=()),
         (select("recieve"), keys("receive"))),
    Case("d-fund-carols", "fundraising", "carols have moved to the thursday before", "unquoted",
         any_of(*(para_text_is("Carols", FUND_COMING[1].replace("Friday 12", f"Thursday 11{s}")) for s in ("", "th"))),
         Targets(paras=(16,), text=True, props=()), (select("Friday 12"), keys("Thursday 11"))),
    Case("d-fund-rowing", "fundraising",
         "add one more to the thank you list: Kelham Rowing Club, for the use of their boathouse", "by_position",
         any_of(*(all_of(body_texts_are([*FUND_TEXTS[:k], t, *FUND_TEXTS[k:]]), paras_all([t], list=bulleted))
                  for t in FUND_ROWING for k in range(9, 15))),
         Targets(added=FUND_ROWING), (select(FUND_THANKS[4]), keys("{END}{ENTER}" + FUND_ROWING[0]))),
    Case("d-fund-no-swim", "fundraising", "the new year swim is cancelled, take it off the list", "by_content",
         all_of(body_texts_are([t for t in FUND_TEXTS if t != FUND_COMING[2]]),
                paras_all(FUND_COMING[:2], list=numbered), para("Important:", list=False), no_empty_list_items),
         Targets(paras=(17,), removed=True, text=True),
         (select(FUND_COMING[1]), keys("{END}+{RIGHT}^+{DOWN}{DELETE}"))),
    Case("d-fund-infeasible-email", "fundraising", "email this round to all our members please", "infeasible",
         unchanged()),
    Case("d-fund-thanks-page", "fundraising", "start the thank yous on a new page", "page_break",
         page_break_between("stays local.", "Our thanks"), Targets(paras=(6, 7), props=("breaks",), new_paras=2),
         (select("Our thanks"), keys("{HOME}"), click("Page Break"))),
    Case("d-fund-total-bold", "fundraising", "make the total row in the table bold", "table",
         cells_fmt(0, row=6, bold=True), Targets(cells=((0, 6, None),), props=("bold",)),
         (select_cells(1, row=7), click("Bold"))),
    Case("d-fund-black", "fundraising", "the printers charge extra for colour, can everything be plain black",
         "whole_document", every_char(color=None), Targets(everything=True, props=("color",)),
         (keys("^a"), value("Font Color", "Black"))),
    Case("d-fund-gift-aid", "fundraising", "gift aid's more like two and a half thousand now", "unquoted",
         any_of(*(para_text_is("Gift Aid:", "Gift Aid: " + FUND_GIFT_AID.replace("\u00a32,300", a))
                  for a in ("\u00a32,500", "\u00a32500"))),
         Targets(paras=(4,), text=True, props=()), (select("\u00a32,300"), keys("\u00a32,500"))),
    Case("d-fund-headings-red", "fundraising", "cna you make the hedings dark red pls", "typo",
         chars_in_paras(FUND_HEADINGS, color=dark_red), Targets(paras=(0, 3, 5, 7, 14), props=("color",)),
         tuple(a for h in FUND_HEADINGS for a in (select(h), value("Font Color", "Dark Red")))),
    Case("d-fund-signup-table", "fundraising",
         "put an empty table under the coming up list for people to sign up \u2013 3 columns, 6 rows", "insert_table",
         new_table(6, 3, after="sign up by 15 December"), Targets(new_tables=1, new_paras=2),
         (select(FUND_COMING[2]), keys("{END}"), insert_table(6, 3))),
    # batch 11: a swimming club's gala programme (swim_gala) and a letting agent's tenancy inventory
    # (tenancy_inventory), two genres new to the set; requests typed as to a colleague, about a quarter needing a
    # reader's sense (an event named by its swimmers' shorthand, a dropped event whose successor may be renumbered, a
    # warm-up moved by "15 mins", a table row judged from a story, rows picked by their condition, a date whose weekday
    # must follow it); checks and references first, not yet measured
    Case("d-gala-separate", "swim_gala", "separate's spelt wrong in the bit under the events table", "unquoted",
         para_text_is("Boys and girls", GALA_HEATS.replace("seperate", "separate")),
         Targets(paras=(5,), text=True, props=()), (select("seperate"), keys("separate"))),
    Case("d-gala-im-later", "swim_gala", "IM's been pushed back to 10.30", "table",
         any_of(*(table_rows(0, [*GALA_EVENTS[:4], [*GALA_EVENTS[4][:3], t], *GALA_EVENTS[5:]])
                  for t in ("10:30", "10.30"))),
         Targets(cells=((0, 4, 3),), text=True, props=()), (select("10:20"), keys("10:30"))),
    Case("d-gala-medal-ordinals", "swim_gala", "can the st nd rd on 1st 2nd and 3rd go up small, like superscript",
         "char_in_word",
         all_of(fmt("1[st]", vert="superscript"), fmt("2[nd]", vert="superscript"), fmt("3[rd]", vert="superscript")),
         Targets(spans=("1[st]", "2[nd]", "3[rd]"), props=("vert",)),
         tuple(a for o in ("1st", "2nd", "3rd")
               for a in (select(o), keys("{LEFT}{LEFT}+{RIGHT}+{RIGHT}"), click("Superscript")))),
    Case("d-gala-flip-flops", "swim_gala", "add flip-flops for poolside to what to bring", "by_position",
         any_of(*(all_of(body_texts_are([*GALA_TEXTS[:k], t, *GALA_TEXTS[k:]]), paras_all([t], list=bulleted))
                  for t in GALA_FLIP_FLOPS for k in range(7, 13))),
         Targets(added=GALA_FLIP_FLOPS), (select(GALA_BRING[4]), keys("{END}{ENTER}" + GALA_FLIP_FLOPS[0]))),
    Case("d-gala-infeasible-text", "swim_gala", "can you text this round to all the swimmers' parents tonight",
         "infeasible", unchanged()),
    Case("d-gala-navy", "swim_gala", "all the writing in navy please, it's our club colour \u2013 table too",
         "whole_document", every_char(color=navy), Targets(everything=True, props=("color",)),
         (keys("^a"), value("Font Color", "#000080"))),
    Case("d-gala-no-fly", "swim_gala", "the 50 fly's been dropped this year so take it out", "table",
         any_of(*(table_rows(0, rows) for rows in GALA_NO_FLY)),
         Targets(tables=(0,), removed_rows=1, cells=((0, 5, None), (0, 6, None)), text=True, props=()),
         (select_cells(1, row=6), click("Delete Rows"))),
    Case("d-gala-important", "swim_gala", "make the whole important line bold, not just the label, and red",
         "multi_op", chars_in_paras(["Important:"], bold=True, color="red"),
         Targets(paras=(17,), props=("bold", "color")),
         (select(GALA_IMPORTANT), click("Bold"), select("Important: " + GALA_IMPORTANT), value("Font Color", "Red"))),
    Case("d-gala-day-page", "swim_gala", "On the day should start on a fresh page", "page_break",
         page_break_between("sitting in the gallery", "On the day"),
         Targets(paras=(11, 12), props=("breaks",), new_paras=2),
         (select("On the day"), keys("{HOME}"), click("Page Break"))),
    Case("d-gala-sign-off-italic", "swim_gala",
         "italics for the sign off, see you on poolside down to the phone number (leave the PS alone)",
         "paragraph_range", chars_in_paras(GALA_TEXTS[19:22], italic=True),
         Targets(paras=(19, 20, 21), props=("italic",)),
         (select("See you on poolside,"), keys("{HOME}+{DOWN}+{DOWN}+{END}"), click("Italic"))),
    Case("d-gala-warmup", "swim_gala", "warm up is 15 mins earlier than what it says, first race is still 9",
         "unquoted", any_of(*(para_text_is("Warm-up:", t) for t in GALA_WARMUP_EARLIER)),
         Targets(paras=(2,), text=True, props=()), (select("8:00\u20138:45am"), keys("7:45\u20138:30am"))),
    Case("d-gala-public-event-col", "swim_gala", "Center the Event column of the table.", "public_style",
         cells_para(0, col=0, align="center"), Targets(cells=((0, None, 0),), props=("align",)),
         (select_cells(1, column=1), click("Align Center"))),
    Case("d-inv-m3", "tenancy_inventory", "the gas is in cubic metres so the 3 in m3 should be superscript",
         "char_in_word", fmt("m[3]", vert="superscript"), Targets(spans=("m[3]",), props=("vert",)),
         (select("m3"), keys("{LEFT}+{RIGHT}"), click("Superscript"))),
    Case("d-inv-possible", "tenancy_inventory",
         "theres a speling mistake in the bit about reporting damage, can u sort it", "typo",
         para_text_is("Anything that breaks", INV_DAMAGE.replace("posible", "possible")),
         Targets(paras=(18,), text=True, props=()), (select("posible"), keys("possible"))),
    Case("d-inv-shower-good", "tenancy_inventory",
         "the landlord replaced the shower screen the day before he moved in, so it's actually in good nick", "table",
         shower_screen_good, Targets(cells=((0, 7, 2), (0, 7, 3)), text=True, props=()),
         (select_cells(1, row=8, column=3), keys("Good"), select_cells(1, row=8, column=4), keys("New screen fitted"))),
    Case("d-inv-deposit", "tenancy_inventory", "deposit was 1100 not 950", "unquoted",
         any_of(*(para_text_is("This inventory", INV_ABOUT.replace("\u00a3950", a))
                  for a in ("\u00a31,100", "\u00a31100"))),
         Targets(paras=(6,), text=True, props=()), (select("\u00a3950"), keys("\u00a31,100"))),
    Case("d-inv-joaquim", "tenancy_inventory", "the tenant is Joaquim, with an m at the end and no accent", "role",
         para_text_is("Tenant:", "Tenant: Joaquim Ferreira"), Targets(paras=(2,), text=True, props=()),
         (select("Joaqu\u00edn"), keys("Joaquim"))),
    Case("d-inv-bike-key", "tenancy_inventory", "one more for the keys list \u2013 a key for the bike shed",
         "by_position",
         any_of(*(all_of(body_texts_are([*INV_TEXTS[:k], t, *INV_TEXTS[k:]]), paras_all([t], list=numbered))
                  for t in INV_BIKE_KEY for k in range(14, 18))),
         Targets(added=INV_BIKE_KEY), (select(INV_KEYS[2]), keys("{END}{ENTER}" + INV_BIKE_KEY[0]))),
    Case("d-inv-infeasible-esign", "tenancy_inventory", "send this to Joaqu\u00edn so he can sign it online",
         "infeasible", unchanged()),
    Case("d-inv-not-good", "tenancy_inventory",
         "highlight anything in the table that isn't in good condition, yellow, so the landlord sees it", "by_content",
         all_of(*(cells_fmt(0, row=r, col=2, highlight="yellow") for r in (2, 5, 7))),
         Targets(cells=((0, 2, None), (0, 5, None), (0, 7, None)), props=("highlight",)),
         tuple(a for r in (3, 6, 8)
               for a in (select_cells(1, row=r, column=3), value("Character Highlighting Color", "Yellow")))),
    Case("d-inv-checkout-table", "tenancy_inventory",
         "put a blank table after the meter readings for when we read them at check-out, 2 columns 4 rows",
         "insert_table", new_table(4, 2, after="Water: not metered"), Targets(new_tables=1, new_paras=2),
         (select("Water: not metered"), keys("{END}"), insert_table(4, 2))),
    Case("d-inv-seven-days", "tenancy_inventory", 'can "within seven days" be in bold, tenants always miss it',
         "quoted", fmt("within seven days", bold=True), Targets(spans=("within seven days",), props=("bold",)),
         (select("within seven days"), click("Bold"))),
    Case("d-inv-check-in", "tenancy_inventory", "check in was actually the 3rd, and at 2 in the afternoon not 10",
         "multi_op", any_of(*(para_text_is("Check-in:", t) for t in INV_CHECK_IN)),
         Targets(paras=(3,), text=True, props=()),
         (select("Monday 2 February 2026, 10:00am"), keys("Tuesday 3 February 2026, 2:00pm"))),
    Case("d-inv-no-keys", "tenancy_inventory", "we do keys on a separate form now so that whole section can come out",
         "by_content",
         all_of(body_texts_are([t for i, t in enumerate(INV_TEXTS) if i not in (13, 14, 15, 16)]),
                para("Note:", list=False), no_empty_list_items),
         Targets(paras=(13, 14, 15, 16), removed=True, text=True),
         (select(INV_METERS[2]), keys("{END}" + "+{RIGHT}^+{DOWN}" * 4 + "{DELETE}"))),
    Case("d-inv-mirror", "tenancy_inventory", "bathroom mirror needs adding to the table, it's good, no marks", "table",
         any_of(*(table_rows(0, [*INV_ROOMS[:k], row, *INV_ROOMS[k:]]) for row in INV_MIRROR for k in (7, 8))),
         Targets(tables=(0,), new_rows=1, text=True),
         (select("Crack in the bottom corner"), keys("{END}{TAB}Bathroom{TAB}Mirror{TAB}Good{TAB}No marks"))),
    # batch 12: a bike shop's workshop job sheet (bike_job) and a community choir's rehearsal schedule
    # (choir_schedule), two genres new to the set; requests typed as to a colleague, about a quarter needing a reader's
    # sense (a part's price whose total must follow, a booking "the day before" whose weekday must follow, a part
    # added above the Total row with the total updated, a subscript asked for without the word, everything "above the
    # welcome back paragraph", doors "half an hour earlier", a rehearsal added whose date range may follow); checks
    # and references first, not yet measured
    Case("d-bike-noticeable", "bike_job", "theres a mistake in the spleling in the customrs bit, can u fix it", "typo",
         para_text_is("Gears jump", BIKE_REPORTED.replace("noticable", "noticeable")),
         Targets(paras=(8,), text=True, props=()), (select("noticable"), keys("noticeable"))),
    Case("d-bike-pads", "bike_job", "the brake pads were 11.50 not 9.50 \u2013 total needs changing as well",
         "multi_op",
         table_rows(0, [*BIKE_PARTS[:3], [*BIKE_PARTS[3][:2], "\u00a311.50"], *BIKE_PARTS[4:6],
                        ["Total", "", "\u00a3158.49"]]),
         Targets(cells=((0, 3, 2), (0, 6, 2)), text=True, props=()),
         (select("\u00a39.50"), keys("\u00a311.50"), select("\u00a3156.49"), keys("\u00a3158.49"))),
    Case("d-bike-day-before", "bike_job", "booked in date is wrong, she dropped it off the day before, same time",
         "unquoted", any_of(*(para_text_is("Booked in:", t) for t in BIKE_BOOKED)),
         Targets(paras=(5,), text=True, props=()), (select("Thursday 5"), keys("Wednesday 4"))),
    Case("d-bike-co2", "bike_job", "the 2 in CO2 wants to be small and lower down, like in chemistry", "char_in_word",
         fmt("CO[2]", vert="subscript"), Targets(spans=("CO[2]",), props=("vert",)),
         (select("CO2"), keys("{LEFT}+{RIGHT}"), click("Subscript"))),
    Case("d-bike-infeasible-text", "bike_job", "text Si\u00e2n to say her bike's ready for collection", "infeasible",
         unchanged()),
    Case("d-bike-qty-centre", "bike_job", "centre the qty column in the parts table", "table",
         cells_para(0, col=1, align="center"), Targets(cells=((0, None, 1),), props=("align",)),
         (select_cells(1, column=2), click("Align Center"))),
    Case("d-bike-front-tyre", "bike_job",
         "we ended up putting a new front tyre on too, Schwalbe Marathon 700x35c, \u00a332.99 \u2013 add it to the "
         "parts and fix the total", "table", front_tyre_added,
         Targets(tables=(0,), new_rows=1, cells=((0, 6, None),), text=True),
         (select_cells(1, row=6), click("Rows Below"), select("Wheel truing"),
          keys("{DOWN}Front tyre, Schwalbe Marathon 700x35c{TAB}1{TAB}\u00a332.99"), select("\u00a3156.49"),
          keys("\u00a3189.48"))),
    Case("d-bike-tyres-yellow", "bike_job", "highlight the bullet about the tyres in yellow so she notices it",
         "by_content", chars_in_paras([BIKE_NOTES[0]], highlight="yellow"),
         Targets(paras=(18,), props=("highlight",)),
         (select(BIKE_NOTES[0]), value("Character Highlighting Color", "Yellow"))),
    Case("d-bike-notes-page", "bike_job", "mechanic's notes on a new page please", "page_break",
         page_break_between("isn\u2019t on this sheet.", "Mechanic\u2019s notes"),
         Targets(paras=(16, 17), props=("breaks",), new_paras=2),
         (select("Mechanic\u2019s notes"), keys("{HOME}"), click("Page Break"))),
    Case("d-bike-11pt", "bike_job", "all the text 11pt pls, table included \u2013 10 is too small when it prints",
         "whole_document", every_char(size=11), Targets(everything=True, props=("size",)),
         (keys("^a"), value("Font Size", "11"))),
    Case("d-bike-within-3-months", "bike_job", 'bold "replace within 3 months" so she can\'t miss it', "quoted",
         fmt("replace within 3 months", bold=True), Targets(spans=("replace within 3 months",), props=("bold",)),
         (select("replace within 3 months"), click("Bold"))),
    Case("d-bike-no-headset", "bike_job", "the middle one of the mechanic's notes can go", "by_position",
         all_of(body_texts_are([t for t in BIKE_TEXTS if t != BIKE_NOTES[1]]),
                paras_all([BIKE_NOTES[0], BIKE_NOTES[2]], list=bulleted), para("Note:", list=False),
                no_empty_list_items),
         Targets(paras=(19,), removed=True, text=True),
         (select(BIKE_NOTES[0]), keys("{END}+{RIGHT}^+{DOWN}{DELETE}"))),
    Case("d-bike-shop-italic", "bike_job", "put the shop details line under the title in italics", "role",
         chars_in_paras([BIKE_SHOP], italic=True), Targets(paras=(1,), props=("italic",)),
         (select(BIKE_SHOP), click("Italic"))),
    Case("d-choir-until", "choir_schedule", "until's got an extra l in the bit under the table", "unquoted",
         para_text_is("Please learn", CHOIR_WORDS.replace("untill", "until")),
         Targets(paras=(6,), text=True, props=()), (select("untill"), keys("until"))),
    Case("d-choir-25th", "choir_schedule", "superscript the th in 25th pls", "char_in_word",
         fmt("25[th]", vert="superscript"), Targets(spans=("25[th]",), props=("vert",)),
         (select("25th"), keys("{LEFT}{LEFT}+{RIGHT}+{RIGHT}"), click("Superscript"))),
    Case("d-choir-no-28-jan", "choir_schedule", "28th jan is off, the heating's broken \u2013 take it out of the plan",
         "table", table_rows(0, [*CHOIR_PLAN[:3], *CHOIR_PLAN[4:]]), Targets(tables=(0,), removed_rows=1),
         (select_cells(1, row=4), click("Delete Rows"))),
    Case("d-choir-4-march", "choir_schedule",
         "can you add 4 march to the plan \u2013 full choir, parting glass and hallelujah one more time", "table",
         all_of(march_added, any_of(*(para_text_is("When:", t) for t in CHOIR_WHEN_MARCH))),
         Targets(paras=(3,), tables=(0,), new_rows=1, text=True, props=()),
         (select_cells(1, row=8, column=3), keys("{END}{TAB}4 March{TAB}The Parting Glass; Hallelujah (Cohen){TAB}"
                                                 "Full choir"), select("to 25 February"), keys("to 4 March"))),
    Case("d-choir-infeasible-tracks", "choir_schedule", "can you attach the alto practice tracks before it goes out",
         "infeasible", unchanged()),
    Case("d-choir-book-antiqua", "choir_schedule", "could the whole schedule be in Book Antiqua, table and all",
         "whole_document", every_char(font="Book Antiqua"), Targets(everything=True, props=("font",)),
         (keys("^a"), value("Font Name", "Book Antiqua"))),
    Case("d-choir-top-centre", "choir_schedule", "centre everything above the welcome back paragraph",
         "paragraph_range", paras_all(CHOIR_TEXTS[:4], align="center"), Targets(paras=(0, 1, 2, 3), props=("align",)),
         (select(CHOIR_TEXTS[0]), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 3 + "^+{DOWN}"), click("Align Center"))),
    Case("d-choir-socks", "choir_schedule", "add black socks or tights to what to wear", "by_position",
         any_of(*(all_of(body_texts_are([*CHOIR_TEXTS[:k], t, *CHOIR_TEXTS[k:]]), paras_all([t], list=bulleted))
                  for t in CHOIR_SOCKS for k in range(13, 18))),
         Targets(added=CHOIR_SOCKS), (select(CHOIR_WEAR[3]), keys("{END}{ENTER}" + CHOIR_SOCKS[0]))),
    Case("d-choir-subs", "choir_schedule", "subs are going up \u2013 \u00a350 a term or \u00a34.50 a week", "multi_op",
         para_text_is("Subs:", CHOIR_SUBS_UP),
         Targets(paras=(17,), text=True, props=()),
         (select("\u00a345"), keys("\u00a350"), select("\u00a34 a week"), keys("\u00a34.50 a week"))),
    Case("d-choir-sign-off-right", "choir_schedule", "right-align the sign off, leave the PS where it is", "role",
         all_of(para("Happy singing!", align="right"), para("\u00c9lodie", exact=True, align="right"),
                para("Musical Director", exact=True, align="right")),
         Targets(paras=(18, 19, 20), props=("align",)),
         (select("Happy singing!"), keys("{HOME}+{DOWN}+{DOWN}+{END}"), click("Align Right"))),
    Case("d-choir-concert-heading", "choir_schedule", "make the consert day heding 16pt, its a bit lost", "typo",
         fmt("Concert day", size=16), Targets(paras=(7,), props=("size",)),
         (select("Concert day"), value("Font Size", "16"))),
    Case("d-choir-doors", "choir_schedule", "doors are opening half an hour earlier than it says now", "by_content",
         any_of(*(para_text_is("Doors open", t) for t in CHOIR_DOORS)), Targets(paras=(11,), text=True, props=()),
         (select("6:30pm"), keys("6:00pm"))),
    Case("d-choir-paid-table", "choir_schedule",
         "put an empty table under the subs line so Gwen can tick off who's paid, 2 columns 12 rows", "insert_table",
         new_table(12, 2, after="by bank transfer."), Targets(new_tables=1, new_paras=2),
         (select("Subs: " + CHOIR_SUBS), keys("{END}"), insert_table(12, 2))),
    Case("d-choir-public-first-col", "choir_schedule", "Make the first column of the table bold.", "public_style",
         cells_fmt(0, col=0, bold=True), Targets(cells=((0, None, 0),), props=("bold",)),
         (select_cells(1, column=1), click("Bold"))),
    # batch 13: a dog groomer's price list (groomer_prices) and a museum's half-term volunteer briefing
    # (museum_briefing), two genres new to the set; requests typed as to a colleague, about a quarter needing a reader's
    # sense (a price for "the big dogs", a quote typed with a straight apostrophe, "my name at the bottom", an extra
    # added in its neighbours' "name – £price" form, a volunteer covering "both", dates moved a week with the opening
    # day moved too, a phone number that "ends 743"); checks and references first, not yet measured
    Case("d-groom-occasionally", "groomer_prices", "occasionally's got one s too many in the bit under the table",
         "unquoted", para_text_is("Small dogs", GROOM_SIZES.replace("occassionally", "occasionally")),
         Targets(paras=(5,), text=True, props=()), (select("occassionally"), keys("occasionally"))),
    Case("d-groom-large-55", "groomer_prices", "full groom for the big dogs is 55 now", "table",
         any_of(*(table_rows(0, [GROOM_PRICES[0], [*GROOM_PRICES[1][:3], p], *GROOM_PRICES[2:]])
                  for p in ("\u00a355", "\u00a355.00"))),
         Targets(cells=((0, 1, 3),), text=True, props=()), (select("\u00a352"), keys("\u00a355"))),
    Case("d-groom-no-puppy", "groomer_prices", "we've stopped doing the puppy intros so that row can go", "table",
         table_rows(0, [r for r in GROOM_PRICES if not r[0].startswith("Puppy")]),
         Targets(tables=(0,), removed_rows=1), (select_cells(1, row=4), click("Delete Rows"))),
    Case("d-groom-public-sizes", "groomer_prices", "Center-align the second, third and fourth columns of the table.",
         "public_style", all_of(*(cells_para(0, col=c, align="center") for c in (1, 2, 3))),
         Targets(cells=((0, None, 1), (0, None, 2), (0, None, 3)), props=("align",)),
         tuple(a for c in (2, 3, 4) for a in (select_cells(1, column=c), click("Align Center")))),
    Case("d-groom-6th", "groomer_prices", "can the th after the 6 in the intro be superscript", "char_in_word",
         fmt("6[th]", vert="superscript"), Targets(spans=("6[th]",), props=("vert",)),
         (select("6th"), keys("{LEFT}{LEFT}+{RIGHT}+{RIGHT}"), click("Superscript"))),
    Case("d-groom-infeasible-book", "groomer_prices", "book Biscuit in for a full groom next tuesday at 10",
         "infeasible", unchanged()),
    Case("d-groom-trebuchet", "groomer_prices", "whole price list in Trebuchet MS please, the table as well",
         "whole_document", every_char(font="Trebuchet MS"), Targets(everything=True, props=("font",)),
         (keys("^a"), value("Font Name", "Trebuchet MS"))),
    Case("d-groom-my-name", "groomer_prices", "put my name at the bottom in bold", "role",
         fmt("Chlo\u00e9 Barnes", bold=True), Targets(paras=(18,), props=("bold",)),
         (select("Chlo\u00e9 Barnes"), click("Bold"))),
    Case("d-groom-paw-balm", "groomer_prices", "we do paw balm now as well, \u00a34, add it to the extras",
         "by_position",
         any_of(*(all_of(body_texts_are([*GROOM_TEXTS[:k], t, *GROOM_TEXTS[k:]]), paras_all([t], list=bulleted))
                  for t in GROOM_PAW_BALM for k in range(7, 12))),
         Targets(added=GROOM_PAW_BALM), (select(GROOM_EXTRAS[3]), keys("{END}{ENTER}" + GROOM_PAW_BALM[0]))),
    Case("d-groom-title", "groomer_prices", "title bigger \u2013 26 \u2013 and centred pls", "multi_op",
         all_of(fmt("Muddy Paws Dog Grooming", size=26), para("Muddy Paws Dog Grooming", align="center")),
         Targets(paras=(0,), props=("size", "align")),
         (select("Muddy Paws Dog Grooming"), value("Font Size", "26"), click("Align Center"))),
    Case("d-groom-walk-ins", "groomer_prices", "bold \"we don't take walk-ins\", people keep just turning up", "quoted",
         fmt("we don\u2019t take walk-ins", bold=True),
         Targets(spans=("we don\u2019t take walk-ins",), props=("bold",)),
         (select("we don\u2019t take walk-ins"), click("Bold"))),
    Case("d-groom-matted", "groomer_prices", "highlight the bit about matted coats so people actually read it",
         "by_content", chars_in_paras(["Note: if your dog"], highlight=True),
         Targets(paras=(15,), props=("highlight",)),
         (select("Note: " + GROOM_NOTE), value("Character Highlighting Color", "Yellow"))),
    Case("d-groom-booking-page", "groomer_prices", "start booking and cancellations on a new page", "page_break",
         page_break_between("(pet-safe polish) \u2013 \u00a37", "Booking and cancellations"),
         Targets(paras=(10, 11), props=("breaks",), new_paras=2),
         (select("Booking and cancellations"), keys("{HOME}"), click("Page Break"))),
    Case("d-museum-environment", "museum_briefing",
         "theres a wrod spelt wrong in the paragrpah about the lights, fix pls", "typo",
         para_text_is("The lights upstairs", MUSEUM_LIGHTS.replace("enviroment", "environment")),
         Targets(paras=(14,), text=True, props=()), (select("enviroment"), keys("environment"))),
    Case("d-museum-m2", "museum_briefing", "the 2 in m2 should sit up high, it's square metres", "char_in_word",
         fmt("180 m[2]", vert="superscript"), Targets(spans=("180 m[2]",), props=("vert",)),
         (select("180 m2"), keys("{LEFT}+{RIGHT}"), click("Superscript"))),
    Case("d-museum-sign-in-table", "museum_briefing",
         "need an empty table at the very end for signing in each day \u2013 3 columns, 10 rows", "insert_table",
         new_table(10, 3, at_end=True), Targets(new_tables=1, new_paras=2), (keys("^{END}"), insert_table(10, 3))),
    Case("d-museum-infeasible-plan", "museum_briefing",
         "can you stick the floor plan from the shared drive in under who's where", "infeasible", unchanged()),
    Case("d-museum-lena-both", "museum_briefing", "Marcus can't do afternoons in the activity room, Lena's doing both",
         "table",
         any_of(*(table_rows(0, [*MUSEUM_ROTA[:3], ["Activity room", "Lena Fischer", n], *MUSEUM_ROTA[4:]])
                  for n in ("Lena Fischer", "Lena"))),
         Targets(cells=((0, 3, 2),), text=True, props=()), (select("Marcus Hall"), keys("Lena Fischer"))),
    Case("d-museum-12pt", "museum_briefing",
         "12pt for everything incl the rota, some of our volunteers can't read small print", "whole_document",
         every_char(size=12), Targets(everything=True, props=("size",)), (keys("^a"), value("Font Size", "12"))),
    Case("d-museum-title-22", "museum_briefing", "the title wraps onto two lines, can it come down to 22pt", "role",
         fmt("Volunteer Briefing: Half-Term Family Week", size=22), Targets(paras=(0,), props=("size",)),
         (select("Volunteer Briefing: Half-Term Family Week"), value("Font Size", "22"))),
    Case("d-museum-last-step", "museum_briefing", "make the last step of the fire drill bold", "by_position",
         fmt(MUSEUM_ALARM[3], bold=True), Targets(paras=(19,), props=("bold",)),
         (select(MUSEUM_ALARM[3]), click("Bold"))),
    Case("d-museum-week-later", "museum_briefing",
         "it's the week after now, 23rd to 27th, and shipwrecks opens on the tuesday not the monday", "multi_op",
         all_of(any_of(*(para_text_is("Dates:", t) for t in MUSEUM_DATES)), shipwrecks_on_tuesday),
         Targets(paras=(2, 6), text=True, props=()),
         (select("16 to Friday 20"), keys("23 to Friday 27"), select("opens on the Monday"),
          keys("opens on the Tuesday"))),
    Case("d-museum-top-italic", "museum_briefing",
         "put the lines under the title in italics, down to and including where to meet", "paragraph_range",
         chars_in_paras(MUSEUM_TEXTS[1:5], italic=True), Targets(paras=(1, 2, 3, 4), props=("italic",)),
         (select(MUSEUM_TEXTS[1]), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 3 + "^+{DOWN}"), click("Italic"))),
    Case("d-museum-public-header", "museum_briefing", "Change the font color of the first row of the table to blue.",
         "public_style", cells_fmt(0, row=0, color="blue"), Targets(cells=((0, 0, None),), props=("color",)),
         (select_cells(1, row=1), value("Font Color", "Blue"))),
    Case("d-museum-not-back-in", "museum_briefing",
         "the line about not going back inside should be red, all of it not just the label", "by_content",
         chars_in_paras(["Important:"], color="red"), Targets(paras=(20,), props=("color",)),
         (select("Important: " + MUSEUM_IMPORTANT), value("Font Color", "Red"))),
    Case("d-museum-743", "museum_briefing", "duty manager's number ends 743 not 742", "unquoted",
         para_text_is("Report anything", MUSEUM_GALLERIES[3].replace("900742", "900743")),
         Targets(paras=(13,), text=True, props=()), (select("900742"), keys("900743"))),
    # batch 14: a tennis club's summer league fixtures (tennis_league) and a village flower and produce show's entry
    # rules (village_show), two genres new to the set; requests typed as to a colleague, about a quarter needing a
    # reader's sense (a withdrawn club replaced in both its fixtures, "the westbury away game", a surname changed
    # "wherever it's written out in full" but not where the first name stands alone, a fee "up by a pound", "the 4
    # lines between the title and about the league", a name changed "everywhere" that must spare "sandwich tins", a
    # class dropped whose successors may be renumbered, "a fiver"); checks and references first, not yet measured
    Case("d-tennis-availability", "tennis_league",
         "theres a mispelling in the paragraph under pairs and availibility, can u fix", "typo",
         para_text_is("Please put your", TENNIS_AVAIL.replace("availabilty", "availability")),
         Targets(paras=(10,), text=True, props=()), (select("availabilty"), keys("availability"))),
    Case("d-tennis-4th", "tennis_league", "superscript the th on 4th in the intro", "char_in_word",
         fmt("4[th]", vert="superscript"), Targets(spans=("4[th]",), props=("vert",)),
         (select("4th"), keys("{LEFT}{LEFT}+{RIGHT}+{RIGHT}"), click("Superscript"))),
    Case("d-tennis-kingsley", "tennis_league",
         "hollins cross have withdrawn from the league, kingsley green are taking over their fixtures", "table",
         table_rows(0, TENNIS_KINGSLEY), Targets(cells=((0, 2, 1), (0, 5, 1)), text=True, props=()),
         (select("Hollins Cross"), keys("Kingsley Green"), select("Hollins Cross"), keys("Kingsley Green"))),
    Case("d-tennis-westbury-time", "tennis_league", "the westbury away game is a 2 o'clock start, not half 2", "table",
         any_of(*(table_rows(0, rows) for rows in TENNIS_TWO_OCLOCK)),
         Targets(cells=((0, 4, 3),), text=True, props=()), (select("2:30pm"), keys("2:00pm"))),
    Case("d-tennis-infeasible-calendar", "tennis_league", "can you add all the fixtures to my google calendar",
         "infeasible", unchanged()),
    Case("d-tennis-verdana", "tennis_league", "could the whole thing be in verdana, fixtures table as well",
         "whole_document", every_char(font="Verdana"), Targets(everything=True, props=("font",)),
         (keys("^a"), value("Font Name", "Verdana"))),
    Case("d-tennis-public-venue", "tennis_league", "Center the text in the third column of the table.", "public_style",
         cells_para(0, col=2, align="center"), Targets(cells=((0, None, 2),), props=("align",)),
         (select_cells(1, column=3), click("Align Center"))),
    Case("d-tennis-48-hours", "tennis_league",
         "the line about telling the captain 48 hrs before needs to be bold all the way through, not just the note bit",
         "by_content", chars_in_paras(["Note: if you"], bold=True), Targets(paras=(20,), props=("bold",)),
         (select(TENNIS_NOTE), click("Bold"))),
    Case("d-tennis-sun-cream", "tennis_league", "sun cream needs to go on the what to bring list", "by_position",
         any_of(*(all_of(body_texts_are([*TENNIS_TEXTS[:k], t, *TENNIS_TEXTS[k:]]), paras_all([t], list=bulleted))
                  for t in TENNIS_SUN for k in range(12, 17))),
         Targets(added=TENNIS_SUN), (select(TENNIS_BRING[3]), keys("{END}{ENTER}" + TENNIS_SUN[0]))),
    Case("d-tennis-match-day-page", "tennis_league", "on match day should start on the next page", "page_break",
         page_break_between("(covers the new balls and the tea)", "On match day"),
         Targets(paras=(15, 16), props=("breaks",), new_paras=2),
         (select("On match day"), keys("{HOME}"), click("Page Break"))),
    Case("d-tennis-title-green", "tennis_league", "title in our club green please", "role",
         fmt("Mixed Doubles Summer League 2026", color="green"), Targets(paras=(0,), props=("color",)),
         (select("Mixed Doubles Summer League 2026"), value("Font Color", "#2E7D32"))),
    Case("d-tennis-top-italic", "tennis_league", "put the 4 lines between the title and about the league in italics",
         "paragraph_range", chars_in_paras(TENNIS_TEXTS[1:5], italic=True),
         Targets(paras=(1, 2, 3, 4), props=("italic",)),
         (select(TENNIS_CLUB), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 3 + "^+{DOWN}"), click("Italic"))),
    Case("d-tennis-price-evans", "tennis_league",
         "Rhiannon's Price-Evans now she's married, change her surname wherever it's written out in full", "multi_op",
         body_texts_are([t.replace("Rhiannon Price", "Rhiannon Price-Evans") for t in TENNIS_TEXTS]),
         Targets(paras=(2, 23), text=True, props=()),
         (select("See you on court,"), keys("{DOWN}{END}-Evans"), select("Price, 07700"),
          keys("Price-Evans, 07700"))),
    Case("d-tennis-fee", "tennis_league", "match fee's gone up by a pound this season", "unquoted",
         any_of(*(para_text_is("\u00a3", t) for t in TENNIS_FEE)), Targets(paras=(15,), text=True, props=()),
         (select("\u00a36 match"), keys("\u00a37 match"))),
    Case("d-show-category", "village_show", "category's spelt wrong in the bit under the classes table", "unquoted",
         para_text_is("Enter as many", SHOW_ENTRIES.replace("catagory", "category")),
         Targets(paras=(7,), text=True, props=()), (select("catagory"), keys("category"))),
    Case("d-show-75th", "village_show", "can the th in 75th sit up high like word normally does it", "char_in_word",
         fmt("75[th]", vert="superscript"), Targets(spans=("75[th]",), props=("vert",)),
         (select("75th"), keys("{LEFT}{LEFT}+{RIGHT}+{RIGHT}"), click("Superscript"))),
    Case("d-show-no-marrow", "village_show", "we've dropped the heaviest marrow, nobody entered it last year", "table",
         any_of(*(table_rows(0, rows) for rows in SHOW_NO_MARROW)),
         Targets(tables=(0,), removed_rows=1, cells=((0, None, None),), text=True, props=()),
         (select_cells(1, row=4), click("Delete Rows"))),
    Case("d-show-public-table-9", "village_show", "Set the font size of the table to 9 pt.", "public_style",
         cells_fmt(0, size=9), Targets(cells=((0, None, None),), props=("size",)),
         (select_table(1), value("Font Size", "9"))),
    Case("d-show-infeasible-website", "village_show", "stick this on the parish council website for me", "infeasible",
         unchanged()),
    Case("d-show-sponge", "village_show", "it's a victoria sponge not a victoria sandwich, change it everywhere",
         "multi_op",
         all_of(cell_is(0, 5, 1, "Victoria sponge (see the recipe below)"),
                para_text_is("Victoria", "Victoria sponge recipe")),
         Targets(paras=(14,), cells=((0, 5, 1),), text=True, props=()),
         (select("Victoria sandwich (see"), keys("Victoria sponge (see"), select("Victoria sandwich recipe"),
          keys("Victoria sponge recipe"))),
    Case("d-show-judges-table", "village_show",
         "judges need a blank table for their points under the prizes line \u2013 4 columns, 9 rows", "insert_table",
         new_table(9, 4, after="most points overall."), Targets(new_tables=1, new_paras=2),
         (select(SHOW_PRIZES), keys("{END}"), insert_table(9, 4))),
    Case("d-show-marquee-red", "village_show",
         "the bit about the marquee being shut till judging's over \u2013 red please, label and all", "by_content",
         chars_in_paras(["Please note:"], color="red"), Targets(paras=(20,), props=("color",)),
         (select("Please note: " + SHOW_NOTE), value("Font Color", "Red"))),
    Case("d-show-last-rules", "village_show", "underline the last two rules", "by_position",
         chars_in_paras(SHOW_RULES[3:5], underline=True), Targets(paras=(12, 13), props=("underline",)),
         (select(SHOW_RULES[3]), keys("{HOME}^+{DOWN}+{RIGHT}^+{DOWN}"), click("Underline"))),
    Case("d-show-header-typo", "village_show", "cna the top row of the clases table be in bold", "typo",
         cells_fmt(0, row=0, bold=True), Targets(cells=((0, 0, None),), props=("bold",)),
         (select_cells(1, row=1), click("Bold"))),
    Case("d-show-nas", "village_show", 'put "not according to schedule" in italics, brackets as well', "quoted",
         fmt("(not according to schedule)", italic=True),
         Targets(spans=("(not according to schedule)",), props=("italic",)),
         (select("(not according to schedule)"), click("Italic"))),
    Case("d-show-spacing", "village_show", "1.5 line spacing throughout pls, the classes table too", "whole_document",
         every_para(line=1.5), Targets(everything=True, props=("line",)),
         (keys("^a"), value("Line Spacing", "1.5"))),
    Case("d-show-fiver", "village_show", "first prize is a fiver now", "unquoted",
         any_of(*(para_text_is("Prizes:", t) for t in SHOW_PRIZES_FIVER)), Targets(paras=(19,), text=True, props=()),
         (select("1st \u00a33"), keys("1st \u00a35"))),
    # ---- batch 15: a secondary school's Year 8 parents' evening letter (parents_evening) and a vet's vaccination
    # reminder letter (vet_reminder), two genres new to the set; written 2026-12-07 (eighteenth session) by a helper who
    # never read the runtime; not yet measured. Requests typed as to a colleague: a teacher off sick, a slot told as a
    # story, a price rise with a knock-on price, a row added "for france", the sign off found by role, a range told by
    # its first and last lines
    Case("d-pe-french-pryce", "parents_evening", "mme girard's off sick so french is with mr pryce now", "table",
         table_rows(0, [*PE_SLOTS[:4], ["4:50pm", "French", "Mr Pryce", "5"], *PE_SLOTS[5:]]),
         Targets(cells=((0, 4, 2),), text=True, props=()), (select("Mme Sylvie Girard"), keys("Mr Pryce"))),
    Case("d-pe-music-slot", "parents_evening",
         "managed to get a music appointment as well, 5:35 with mrs okoro at table 2 \u2013 can you put it on",
         "table", music_slot_added, Targets(tables=(0,), new_rows=1),
         (select_cells(1, row=7, column=4), keys("{END}{TAB}5:35pm{TAB}Music{TAB}Mrs Okoro{TAB}2"))),
    Case("d-pe-no-pe", "parents_evening", "we're not seeing PE after all, take that slot off", "table",
         table_rows(0, PE_SLOTS[:6]), Targets(tables=(0,), removed_rows=1),
         (select_cells(1, row=7), click("Delete Rows"))),
    Case("d-pe-public-right", "parents_evening", "Right-align the last column of the table.", "public_style",
         cells_para(0, col=3, align="right"), Targets(cells=((0, None, 3),), props=("align",)),
         (select_cells(1, column=4), click("Align Right"))),
    Case("d-pe-sign-off-italic", "parents_evening", "can the sign off at the bottom go in italics", "role",
         all_of(fmt("Kind regards,", italic=True), fmt("Dariusz Nowak", nth=2, italic=True),
                fmt("Year 8 Form Tutor", italic=True)),
         Targets(paras=(19, 20, 21), props=("italic",)),
         (select("Kind regards,"), keys("{HOME}+{DOWN}+{DOWN}+{END}"), click("Italic"))),
    Case("d-pe-parking", "parents_evening",
         "highlight the parking bit in yellow, every single year someone blocks beech road", "by_content",
         chars_in_paras(["Parking:"], highlight="yellow"), Targets(paras=(17,), props=("highlight",)),
         (select("Parking: " + PE_PARKING), value("Character Highlighting Color", "Yellow"))),
    Case("d-pe-night-heading", "parents_evening", "plz make the on the nite heading 16pt, it looks tiny", "typo",
         fmt("On the night", size=16), Targets(paras=(13,), props=("size",)),
         (select("On the night"), value("Font Size", "16"))),
    Case("d-pe-accommodate", "parents_evening", "accommodate is short an m in the bit about not being able to come",
         "unquoted", para_text_is("If you can", PE_CANT.replace("accomodate", "accommodate")),
         Targets(paras=(18,), text=True, props=()), (select("accomodate"), keys("accommodate"))),
    Case("d-pe-planner-bold", "parents_evening", "third bullet under before you come in bold pls", "by_position",
         chars_in_paras([PE_BEFORE[2]], bold=True), Targets(paras=(11,), props=("bold",)),
         (select(PE_BEFORE[2]), click("Bold"))),
    Case("d-pe-top-bold", "parents_evening",
         "bold the lines from the date one down to the booking one, the whole lines not just the labels",
         "paragraph_range", chars_in_paras([PE_WHEN, "Form tutor:", "Booking:"], bold=True),
         Targets(paras=(1, 2, 3), props=("bold",)),
         (select(PE_WHEN), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 2 + "^+{DOWN}"), click("Bold"))),
    Case("d-pe-justify", "parents_evening", "justify all of it, table included \u2013 the head likes letters neat",
         "whole_document", every_para(align="justify"), Targets(everything=True, props=("align",)),
         (keys("^a"), click("Justified"))),
    Case("d-pe-before-page", "parents_evening", "start the before you come section on a fresh page", "page_break",
         page_break_between("as soon as they can.", "Before you come"),
         Targets(paras=(7, 8), props=("breaks",), new_paras=2),
         (select("Before you come"), keys("{HOME}"), click("Page Break"))),
    Case("d-pe-six-minutes", "parents_evening", "slots are 6 mins this year not 5, and it goes on till 8 not half 7",
         "multi_op",
         all_of(any_of(*(para_text_is("Parents\u2019 evening is", t) for t in PE_SIX)),
                any_of(*(para_text_is("Ashcombe", t) for t in PE_EIGHT))),
         Targets(paras=(1, 5), text=True, props=()),
         (select("lasts 5 minutes"), keys("lasts 6 minutes"), select("7:30pm, Main"), keys("8:00pm, Main"))),
    Case("d-pe-infeasible-translate", "parents_evening",
         "can you translate it into polish as well for the families who need it", "infeasible", unchanged()),
    Case("d-vet-kennel-40", "vet_reminder",
         "kennel cough is going up to \u00a340, and the booster-and-kennel-cough price goes up by the same", "multi_op",
         any_of(*(table_rows(0, rows) for rows in VET_FORTY)),
         Targets(cells=((0, 3, 1), (0, 4, 1)), text=True, props=()),
         (select("\u00a338.00"), keys("\u00a340.00"), select("\u00a382.00"), keys("\u00a384.00"))),
    Case("d-vet-no-club", "vet_reminder",
         "we've stopped the free boosters for health club members so that line needs to come out of the prices",
         "table", table_rows(0, VET_TABLE[:5]), Targets(tables=(0,), removed_rows=1),
         (select_cells(1, row=6), click("Delete Rows"))),
    Case("d-vet-rabies", "vet_reminder",
         "can you add rabies to the price table, it's \u00a365 \u2013 loads of people asking about it for france",
         "table", vet_rabies_added, Targets(tables=(0,), new_rows=1),
         (select_cells(1, row=6, column=2), keys("{END}{TAB}Rabies vaccine{TAB}\u00a365.00"))),
    Case("d-vet-ordinals", "vet_reminder", "superscript the st and nd on the 1st and 2nd injection", "char_in_word",
         all_of(fmt("1[st]", vert="superscript"), fmt("2[nd]", vert="superscript")),
         Targets(spans=("1[st]", "2[nd]"), props=("vert",)),
         (select("1st"), keys("{LEFT}{LEFT}+{RIGHT}+{RIGHT}"), click("Superscript"), select("2nd"),
          keys("{LEFT}{LEFT}+{RIGHT}+{RIGHT}"), click("Superscript"))),
    Case("d-vet-due-date", "vet_reminder", 'underline "on or before 28 March 2026" please', "quoted",
         fmt("on or before 28 March 2026", underline=True),
         Targets(spans=("on or before 28 March 2026",), props=("underline",)),
         (select("on or before 28 March 2026"), click("Underline"))),
    Case("d-vet-name-24", "vet_reminder", "the practice name at the top could be bigger, say 24", "role",
         fmt("Fernhill Veterinary Surgery", size=24), Targets(paras=(0,), props=("size",)),
         (select("Fernhill Veterinary Surgery"), value("Font Size", "24"))),
    Case("d-vet-callback-table", "vet_reminder",
         "stick an empty table right at the end for reception to log call-backs, 4 rows and 3 columns",
         "insert_table", new_table(4, 3, at_end=True), Targets(new_tables=1, new_paras=2),
         (keys("^{END}"), insert_table(4, 3))),
    Case("d-vet-infeasible-email", "vet_reminder", "email this to mrs okonkwo and cc the front desk", "infeasible",
         unchanged()),
    Case("d-vet-second-bullet", "vet_reminder", "put the second bullet in italics", "by_position",
         chars_in_paras([VET_DUE_LIST[1]], italic=True), Targets(paras=(11,), props=("italic",)),
         (select(VET_DUE_LIST[1]), click("Italic"))),
    Case("d-vet-calibri", "vet_reminder",
         "change the whole letter to calibri, the table too \u2013 it's our house font",
         "whole_document", every_char(font="Calibri"), Targets(everything=True, props=("font",)),
         (keys("^a"), value("Font Name", "Calibri"))),
    Case("d-vet-available", "vet_reminder", "available's spelt wrong where it says how to book", "unquoted",
         para_text_is("To book,", VET_BOOK.replace("availible", "available")),
         Targets(paras=(15,), text=True, props=()), (select("availible"), keys("available"))),
    Case("d-vet-lapse-italic", "vet_reminder", "the bit about what happens if her booster lapses, italics pls",
         "by_content", chars_in_paras(["If Pepper\u2019s booster lapses"], italic=True),
         Targets(paras=(14,), props=("italic",)), (select(VET_LAPSE), click("Italic"))),
    Case("d-vet-public-center", "vet_reminder", "Center the text in the first row of the table.", "public_style",
         cells_para(0, row=0, align="center"), Targets(cells=((0, 0, None),), props=("align",)),
         (select_cells(1, row=1), click("Align Center"))),
    # ---- batch 16: a pub quiz answer sheet (pub_quiz) and a piano teacher's invoice (piano_invoice), two genres new to
    # the set; written 2026-12-07 (eighteenth session) by a helper who never read the runtime; not yet measured.
    # Requests typed as to a colleague: a recount whose total follows, a late team told as a story, a row taken off an
    # invoice with its total fixed, formulas' digits described ("little and low"), a rule dropped by its position, a
    # date moved as "the 27th not the 20th"
    Case("d-quiz-recount", "pub_quiz", "sheep happens got a point back on round 2 after the recount", "table",
         table_rows(0, QUIZ_RECOUNT), Targets(cells=((0, 4, 2), (0, 4, 4)), text=True, props=()),
         (select_cells(1, row=5, column=3), keys("{HOME}+{END}9"), select_cells(1, row=5, column=5),
          keys("{HOME}+{END}20"))),
    Case("d-quiz-no-agatha", "pub_quiz", "agatha quiztie went home at half time, take them off the scores", "table",
         table_rows(0, QUIZ_SCORES[:5]), Targets(tables=(0,), removed_rows=1),
         (select_cells(1, row=6), click("Delete Rows"))),
    Case("d-quiz-late-team", "pub_quiz",
         "a team turned up late and only did the music round \u2013 Quiz Team Aguilera, they got 6. add them to the "
         "scores", "table", late_team_added, Targets(tables=(0,), new_rows=1),
         (select_cells(1, row=6, column=5), keys("{END}{TAB}Quiz Team Aguilera{TAB}0{TAB}0{TAB}6{TAB}6"))),
    Case("d-quiz-formulas", "pub_quiz", "the 2s in the chemistry answers should be small and low down",
         "char_in_word", all_of(fmt("H[2]O", vert="subscript"), fmt("CO[2]", vert="subscript")),
         Targets(spans=("H[2]O", "CO[2]"), props=("vert",)),
         (select("H2O"), keys("{LEFT}+{LEFT}"), click("Subscript"), select("CO2"), keys("{LEFT}+{RIGHT}"),
          click("Subscript"))),
    Case("d-quiz-title-centre", "pub_quiz", "centre the heading at the very top", "role",
         para("Quiz Night Answer Sheet", align="center"), Targets(paras=(0,), props=("align",)),
         (select("Quiz Night Answer Sheet"), click("Align Center"))),
    Case("d-quiz-first-rule", "pub_quiz", "the first house rule can go, we're relaxing the phone thing", "by_position",
         all_of(body_texts_are([t for t in QUIZ_TEXTS if t != QUIZ_RULES[0]]),
                paras_all(QUIZ_RULES[1:], list=bulleted), para("Prizes:", list=False), no_empty_list_items),
         Targets(paras=(26,), removed=True, text=True),
         (select(QUIZ_RULES[0]), keys("{HOME}+{DOWN}{DELETE}"))),
    Case("d-quiz-infeasible-print", "pub_quiz", "print 12 copies for the tables before 8 tonight", "infeasible",
         unchanged()),
    Case("d-quiz-public-second", "pub_quiz", "Set the alignment of the second paragraph to center.", "public_style",
         para(QUIZ_PUB, align="center"), Targets(paras=(1,), props=("align",)),
         (select(QUIZ_PUB), click("Align Center"))),
    Case("d-quiz-prizes", "pub_quiz", "highlight the prizes line so the winners actually see it", "by_content",
         chars_in_paras(["Prizes:"], highlight=True), Targets(paras=(29,), props=("highlight",)),
         (select("Prizes: " + QUIZ_PRIZES), value("Character Highlighting Color", "Yellow"))),
    Case("d-quiz-appeal", "pub_quiz", "appeal's missing a p in the bit about next month's quiz", "unquoted",
         para_text_is("Next quiz", QUIZ_NEXT.replace("apeal", "appeal")), Targets(paras=(30,), text=True, props=()),
         (select("apeal"), keys("appeal"))),
    Case("d-quiz-tiebreaker-red", "pub_quiz", "cud u make the tiebraker heading red", "typo",
         fmt("Tiebreaker", color="red"), Targets(paras=(23,), props=("color",)),
         (select("Tiebreaker"), value("Font Color", "Red"))),
    Case("d-quiz-eight", "pub_quiz",
         "round 1 q2 is actually eight not seven, and bold the tiebreaker answer while you're in there", "multi_op",
         all_of(any_of(*(body_texts_are(t) for t in QUIZ_EIGHT)), fmt("123 m", bold=True)),
         Targets(paras=(6,), spans=("Answer: 123 m.",), text=True, props=("bold",)),
         (select("Seven"), keys("Eight"), select("123 m"), click("Bold"))),
    Case("d-quiz-12pt", "pub_quiz", "everything 12pt incl the scores, bernie can't read it in the pub light",
         "whole_document", every_char(size=12), Targets(everything=True, props=("size",)),
         (keys("^a"), value("Font Size", "12"))),
    Case("d-piano-tuesdays", "piano_invoice", "her lessons moved to tuesdays this term, the table still says mondays",
         "table", table_rows(0, PIANO_TUESDAYS), Targets(cells=((0, 1, 0),), text=True, props=()),
         (select("Mondays, 4:30pm"), keys("Tuesdays, 4:30pm"))),
    Case("d-piano-no-book", "piano_invoice",
         "they bought their own copy of the exam book in the end, so take it off and fix the total", "table",
         any_of(*(table_rows(0, rows) for rows in PIANO_NO_BOOK)),
         Targets(tables=(0,), removed_rows=1, cells=((0, None, None),), text=True, props=()),
         (select_cells(1, row=5), click("Delete Rows"), select("\u00a3316.95"), keys("\u00a3307.00"))),
    Case("d-piano-public-total", "piano_invoice", "Make the last row of the table bold.", "public_style",
         cells_fmt(0, row=5, bold=True), Targets(cells=((0, 5, None),), props=("bold",)),
         (select_cells(1, row=6), click("Bold"))),
    Case("d-piano-payments-table", "piano_invoice",
         "can you put a blank table after the how to pay bullets so i can tick off payments, 3 columns 5 rows",
         "insert_table", new_table(5, 3, after="is fine too"), Targets(new_tables=1, new_paras=2),
         (select(PIANO_PAY[2]), keys("{END}"), insert_table(5, 3))),
    Case("d-piano-contact-italic", "piano_invoice", "the address line under my name in italics please", "role",
         chars_in_paras([PIANO_CONTACT], italic=True), Targets(paras=(1,), props=("italic",)),
         (select(PIANO_CONTACT), click("Italic"))),
    Case("d-piano-summer", "piano_invoice",
         "summer fees are \u00a323 not \u00a322, and we start back on the 27th not the 20th",
         "multi_op", any_of(*(para_text_is("Summer term:", t) for t in PIANO_SUMMER_NEW)),
         Targets(paras=(18,), text=True, props=()),
         (select("Monday 20 April"), keys("Monday 27 April"), select("\u00a322"), keys("\u00a323"))),
    Case("d-piano-amount-bold", "piano_invoice", "cna you bold the amout column", "typo",
         cells_fmt(0, col=3, bold=True), Targets(cells=((0, None, 3),), props=("bold",)),
         (select_cells(1, column=4), click("Bold"))),
    Case("d-piano-support", "piano_invoice", "support is missing a p in the thank you line", "unquoted",
         para_text_is("Thank you for", PIANO_THANKS.replace("suport", "support")),
         Targets(paras=(19,), text=True, props=()), (select("suport"), keys("support"))),
    Case("d-piano-second-term", "piano_invoice", "make the second numbered term bold, nobody ever reads it",
         "by_position", chars_in_paras([PIANO_TERMS[1]], bold=True), Targets(paras=(15,), props=("bold",)),
         (select(PIANO_TERMS[1]), click("Bold"))),
    Case("d-piano-details-10", "piano_invoice", "everything from invoice no down to the term line in 10pt",
         "paragraph_range", chars_in_paras(["Invoice no:", "Date: Friday", "To: Mr", "Term: Spring"], size=10),
         Targets(paras=(3, 4, 5, 6), props=("size",)),
         (select("Invoice no: HL-2026-031"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 3 + "^+{DOWN}"),
          value("Font Size", "10"))),
    Case("d-piano-garamond", "piano_invoice", "garamond for the whole invoice please, the table as well",
         "whole_document", every_char(font="Garamond"), Targets(everything=True, props=("font",)),
         (keys("^a"), value("Font Name", "Garamond"))),
    Case("d-piano-terms-page", "piano_invoice", "start the terms section on a new page", "page_break",
         page_break_between("is fine too", "Terms"), Targets(paras=(12, 13), props=("breaks",), new_paras=2),
         (select("Terms"), keys("{HOME}"), click("Page Break"))),
    Case("d-piano-infeasible-pdf", "piano_invoice", "send it to the whitakers as a pdf", "infeasible", unchanged()),
    Case("d-piano-14-days", "piano_invoice", 'underline "within 14 days"', "quoted",
         fmt("within 14 days", underline=True), Targets(spans=("within 14 days",), props=("underline",)),
         (select("within 14 days"), click("Underline"))),
    # ---- batch 17: a dental practice's treatment plan and estimate (dental_plan) and a scout troop's summer camp
    # letter (scout_camp), two genres new to the set; written 2026-12-07 (nineteenth session) by a helper who never read
    # the runtime; not yet measured. Requests typed as to a colleague: a lab price rise with its total, a treatment
    # dropped with both totals fixed, two activities swapped between days, a cancelled night hike, a cost rise with its
    # knock-on balance, kit added to a list, small print from one line to the end, ordinals written twice
    Case("d-dent-crown-650", "dental_plan",
         "lab's put their prices up \u2013 crown's 650 now. total will need changing too", "table",
         any_of(*(table_rows(0, rows) for rows in DENT_CROWN_650)),
         Targets(cells=((0, 3, 3), (0, 4, 3)), text=True, props=()),
         (select("\u00a3620.00"), keys("\u00a3650.00"), select("\u00a3830.00"), keys("\u00a3860.00"))),
    Case("d-dent-no-polish", "dental_plan",
         "he's sticking with his own hygienist so the scale and polish can come off the estimate. sort the totals out "
         "after", "table", any_of(*(table_rows(0, rows) for rows in DENT_NO_POLISH)),
         Targets(tables=(0,), removed_rows=1, cells=((0, 4, 2), (0, 4, 3)), text=True, props=()),
         (select_cells(1, row=2), click("Delete Rows"), select("\u00a3830.00"), keys("\u00a3765.00"),
          select_cells(1, row=4, column=3), keys("{HOME}+{END}3"))),
    Case("d-dent-public-fee", "dental_plan", "Align the text in the Fee column to the right.", "public_style",
         cells_para(0, col=3, align="right"), Targets(cells=((0, None, 3),), props=("align",)),
         (select_cells(1, column=4), click("Align Right"))),
    Case("d-dent-careful", "dental_plan", "careful has an extra l on the end, in the after your appointments bit",
         "char_in_word", para_text_is("After the filling", DENT_AFTER.replace("carefull", "careful")),
         Targets(paras=(21,), text=True, props=()), (select("carefull"), keys("careful"))),
    Case("d-dent-recommend", "dental_plan",
         "recomend is spelt wrong in the paragrpah just above yours sincerly, can u sort it", "typo",
         para_text_is("If you have any", DENT_QUESTIONS.replace("reccomend", "recommend")),
         Targets(paras=(23,), text=True, props=()), (select("reccomend"), keys("recommend"))),
    Case("d-dent-contact-8", "dental_plan",
         "the contact line under the practice name can go down to 8pt, nobody reads it", "role",
         fmt(DENT_CONTACT, size=8), Targets(paras=(1,), props=("size",)),
         (select(DENT_CONTACT), value("Font Size", "8"))),
    Case("d-dent-xrays", "dental_plan",
         "bold the sentence about the x-rays please, he was really worried about an infection", "by_content",
         any_of(fmt(DENT_XRAYS, bold=True), fmt(DENT_XRAYS[:-1], bold=True)),
         Targets(spans=(DENT_XRAYS,), props=("bold",)), (select(DENT_XRAYS), click("Bold"))),
    Case("d-dent-arial-11", "dental_plan",
         "whole plan in arial 11 please, table included \u2013 century gothic prints funny on the reception printer",
         "whole_document", all_of(every_char(font="Arial"), every_char(size=11)),
         Targets(everything=True, props=("font", "size")),
         (keys("^a"), value("Font Name", "Arial"), value("Font Size", "11"))),
    Case("d-dent-deposit", "dental_plan", "deposit is 150 these days not 200", "unquoted",
         any_of(*(para_text_is("A deposit", f"A deposit of {v} is due when you book the first appointment")
                  for v in ("\u00a3150", "\u00a3150.00"))),
         Targets(paras=(17,), text=True, props=()), (select("\u00a3200"), keys("\u00a3150"))),
    Case("d-dent-infeasible-text", "dental_plan",
         "text mr whitlock to remind him his deposit's due before the first appointment", "infeasible", unchanged()),
    Case("d-dent-estimate-page", "dental_plan",
         "estimate onwards on a new page pls, he wants the costs separate for his insurer", "page_break",
         page_break_between("about two weeks later.", "Estimate"),
         Targets(paras=(13, 14), props=("breaks",), new_paras=2),
         (select(DENT_STEPS[3]), keys("{END}{RIGHT}"), click("Page Break"))),
    Case("d-dent-months-red", "dental_plan", "underline the 3 months, and the cancellations line wants to be red",
         "multi_op", all_of(fmt("3 months", underline=True), chars_in_paras(["Cancellations:"], color="red")),
         Targets(paras=(22,), spans=("3 months",), props=("underline", "color")),
         (select("3 months"), click("Underline"), select("Cancellations: " + DENT_CANCEL), value("Font Color", "Red"))),
    Case("d-dent-name-bold", "dental_plan", "dr raman's name at the bottom in bold please", "role",
         fmt("Dr Priyanka Raman", nth=2, bold=True), Targets(paras=(25,), props=("bold",)),
         (select("Yours sincerely,"), keys("{DOWN}{HOME}+{END}"), click("Bold"))),
    Case("d-camp-canoe-sunday", "scout_camp",
         "canoe centre can only do the sunday morning now, so swap the canoeing and the scouts own round", "table",
         any_of(*(table_rows(0, rows) for rows in CAMP_SWAPPED)),
         Targets(cells=((0, 2, 1), (0, 3, 1)), text=True, props=()),
         (select("Scouts\u2019 Own service"), keys("Canoeing on the Wye"), select("Canoeing on the Wye"),
          keys("Scouts\u2019 Own service"))),
    Case("d-camp-night-hike", "scout_camp",
         "forestry people have said no to the night hike \u2013 it's campfire and songs instead", "table",
         camp_no_night_hike, Targets(cells=((0, 2, 3),), text=True, props=()),
         (select("Night hike"), keys("Campfire and songs"))),
    Case("d-camp-home-by-4", "scout_camp",
         "in the monday evening box where theres just a dash can you put home by 4", "table",
         any_of(*(table_rows(0, rows) for rows in CAMP_HOME_BY_4)), Targets(cells=((0, 4, 3),), text=True, props=()),
         (select_cells(1, row=5, column=4), keys("{HOME}+{END}Home by 4pm"))),
    Case("d-camp-cost-90", "scout_camp",
         "coach firm put their price up so it's \u00a390 each now, which makes the balance \u00a365", "multi_op",
         all_of(any_of(*(para_text_is("Cost:", t) for t in CAMP_COST_90)),
                any_of(*(para_text_is("Pay the balance", t) for t in CAMP_BALANCE_65))),
         Targets(paras=(3, 21), text=True, props=()),
         (select("\u00a385"), keys("\u00a390"), select("\u00a360"), keys("\u00a365"))),
    Case("d-camp-instructors", "scout_camp", "instructors is spelt wrong under the programme table", "unquoted",
         para_text_is("The programme may", CAMP_PROG_NOTE.replace("instructers", "instructors")),
         Targets(paras=(9,), text=True, props=()), (select("instructers"), keys("instructors"))),
    Case("d-camp-their", "scout_camp", "theres a there that shud be their in the medicines paragrpah", "typo",
         para_text_is("Medicines must", CAMP_MEDS.replace("in there original", "in their original")),
         Targets(paras=(24,), text=True, props=()), (select("in there original"), keys("in their original"))),
    Case("d-camp-1st", "scout_camp",
         "st after the 1 should be superscript, there's 2 of them (top line and my signature)", "char_in_word",
         all_of(fmt("1[st] Hollybrook", vert="superscript"), fmt("1[st] Hollybrook", nth=2, vert="superscript")),
         Targets(spans=("1[st] Hollybrook",), props=("vert",)),
         (select("1st"), keys("{LEFT}{LEFT}+{RIGHT}+{RIGHT}"), click("Superscript"), select("Leader, 1st"),
          keys("{LEFT}{LEFT}+{RIGHT}+{RIGHT}"), click("Superscript"))),
    Case("d-camp-add-kit", "scout_camp", "add suncream and a water bottle to the kit list, it was roasting last year",
         "by_content", camp_kit_added, Targets(added=CAMP_KIT_ADDED),
         (select(CAMP_KIT[6]), keys("{END}{ENTER}Sun cream{ENTER}Water bottle"))),
    Case("d-camp-last-two", "scout_camp",
         "underline the last 2 things on the kit list, every year somebody forgets them", "by_position",
         chars_in_paras(CAMP_KIT[5:7], underline=True), Targets(paras=(17, 18), props=("underline",)),
         (select(CAMP_KIT[5]), keys("{HOME}^+{DOWN}+{RIGHT}^+{DOWN}"), click("Underline"))),
    Case("d-camp-public-col", "scout_camp", "Make the first column of the table bold.", "public_style",
         cells_fmt(0, col=0, bold=True), Targets(cells=((0, None, 0),), props=("bold",)),
         (select_cells(1, column=1), click("Bold"))),
    Case("d-camp-infeasible-form", "scout_camp",
         "copy the consent form across from last year's camp letter and stick it on the end", "infeasible",
         unchanged()),
    Case("d-camp-sharp", "scout_camp", 'bold "8:30am sharp" \u2013 the coach will NOT wait', "quoted",
         fmt("8:30am sharp", bold=True), Targets(spans=("8:30am sharp",), props=("bold",)),
         (select("8:30am sharp"), click("Bold"))),
    Case("d-camp-forms-table", "scout_camp",
         "need a blank table after the before camp steps to tick off forms and money \u2013 3 columns, 25 rows",
         "insert_table", new_table(25, 3, after="at 7:00pm."), Targets(new_tables=1, new_paras=2),
         (select(CAMP_BEFORE[2]), keys("{END}"), insert_table(25, 3))),
    Case("d-camp-small-print", "scout_camp",
         "phones bit down to the end, can all that be 10pt, it's really just small print",
         "paragraph_range",
         all_of(chars_in_paras(["Phones:", "Medicines must", "Yours in Scouting,", "Scout Leader,"], size=10),
                fmt("Gareth Pryce-Jones", nth=2, size=10)),
         Targets(paras=(23, 24, 25, 26, 27), props=("size",)),
         (select("Phones:"), keys("{HOME}^+{END}"), value("Font Size", "10"))),
    Case("d-camp-where-italic", "scout_camp", "the line under the title with the dates in, italics please", "role",
         chars_in_paras([CAMP_WHERE], italic=True), Targets(paras=(1,), props=("italic",)),
         (select(CAMP_WHERE), click("Italic"))),
    # ---- batch 18: a family's house-sitting notes for a relative (house_sit) and a church craft fair's stallholder
    # pack (craft_fair), two genres new to the set; written 2026-12-07 (nineteenth session) by a helper who never read
    # the runtime; not yet measured. Requests typed as to a colleague or a relative: a pet that died, a pet forgotten
    # and told as a story, every fee up by the same amount, a row dropped for a reason, a time told as "half 9", the
    # last bullet scrapped, a society's capitals, a price change with formatting on the same paragraph
    Case("d-sit-nemo", "house_sit", "nemo died on tuesday (rip) so the goldfish row can come off the feeding table",
         "table", table_rows(0, SIT_FEED[:4]), Targets(tables=(0,), removed_rows=1),
         (select_cells(1, row=5), click("Delete Rows"))),
    Case("d-sit-tortoise", "house_sit",
         "forgot sheldon!! he's the tortoise \u2013 few lettuce leaves and a strawberry, mornings only. add him to the "
         "feeding times pls", "table", sit_tortoise_added, Targets(tables=(0,), new_rows=1),
         (select_cells(1, row=5, column=4),
          keys("{END}{TAB}Sheldon (tortoise){TAB}A few lettuce leaves and a strawberry{TAB}8:00am{TAB}\u2013"))),
    Case("d-sit-8th", "house_sit",
         "8th and 15th at the top \u2013 make the th's small and up high like word normally does",
         "char_in_word",
         all_of(fmt("8[th] August", vert="superscript"), fmt("15[th] August", vert="superscript")),
         Targets(spans=("8[th] August", "15[th] August"), props=("vert",)),
         (select("8th"), keys("{LEFT}{LEFT}+{RIGHT}+{RIGHT}"), click("Superscript"), select("15th"),
          keys("{LEFT}{LEFT}+{RIGHT}+{RIGHT}"), click("Superscript"))),
    Case("d-sit-tomatoes", "house_sit", "tomatoes is missing its e in the garden list", "unquoted",
         para_text_is("Water the", SIT_PLANTS[0].replace("tomatos", "tomatoes")),
         Targets(paras=(14,), text=True, props=()), (select("tomatos"), keys("tomatoes"))),
    Case("d-sit-definitely", "house_sit", "theres a spellign mistake in the fridge bit near the end, cna you fix",
         "typo", para_text_is("Help yourself", SIT_FRIDGE.replace("definately", "definitely")),
         Targets(paras=(21,), text=True, props=()), (select("definately"), keys("definitely"))),
    Case("d-sit-marmite", "house_sit", "bold the bit about marmite being on a diet, jo's a soft touch", "by_content",
         any_of(fmt(SIT_DIET, bold=True), fmt(SIT_DIET[:-1], bold=True)),
         Targets(spans=(SIT_DIET,), props=("bold",)), (select(SIT_DIET), click("Bold"))),
    Case("d-sit-infeasible-whatsapp", "house_sit",
         "whatsapp this to jo and ask her to confirm she's got the key safe code", "infeasible", unchanged()),
    Case("d-sit-public-font", "house_sit", "Change the font of the table to Georgia.", "public_style",
         cells_fmt(0, font="Georgia"), Targets(cells=((0, None, None),), props=("font",)),
         (select_table(1), value("Font Name", "Georgia"))),
    Case("d-sit-greenhouse", "house_sit",
         "get rid of the last garden bullet, forecast says rain all week so the door can stay shut", "by_position",
         all_of(body_texts_are([t for t in SIT_TEXTS if t != SIT_PLANTS[3]]),
                paras_all(SIT_PLANTS[:3], list=bulleted), para("Bins and post", style="Heading 2", list=False),
                no_empty_list_items),
         Targets(paras=(17,), removed=True, text=True),
         (select(SIT_PLANTS[2]), keys("{END}+{DOWN}+{END}{DELETE}"))),
    Case("d-sit-bins-page", "house_sit",
         "bins and post onwards on the next page please, i'll stick that page on the fridge", "page_break",
         page_break_between("open on hot days", "Bins and post"),
         Targets(paras=(17, 18), props=("breaks",), new_paras=2),
         (select("Bins and post"), keys("{HOME}"), click("Page Break"))),
    Case("d-sit-title", "house_sit", "title smaller, 14, and lose the purple \u2013 plain black is fine", "multi_op",
         fmt("House-sitting notes for Jo", size=14, color=None), Targets(paras=(0,), props=("size", "color")),
         (select("House-sitting notes for Jo"), value("Font Size", "14"), value("Font Color", "Black"))),
    Case("d-sit-calibri", "house_sit",
         "calibri for everything instead of comic sans, table too. dom says it looks like a kids' party invite",
         "whole_document", every_char(font="Calibri"), Targets(everything=True, props=("font",)),
         (keys("^a"), value("Font Name", "Calibri"))),
    Case("d-sit-thanks-14", "house_sit", "the thank you line under the title, make it 14 so she actually sees it",
         "role", fmt(SIT_THANKS, size=14), Targets(paras=(1,), props=("size",)),
         (select(SIT_THANKS), value("Font Size", "14"))),
    Case("d-sit-eggs-table", "house_sit",
         "pop an empty table at the very end so jo can jot down the eggs each day, 2 columns by 8 rows", "insert_table",
         new_table(8, 2, at_end=True), Targets(new_tables=1, new_paras=2), (keys("^{END}"), insert_table(8, 2))),
    Case("d-craft-fees-up", "craft_fair", "the PCC have put every pitch fee up by \u00a32, can you change the table",
         "table", craft_fees_up,
         Targets(cells=((0, 1, 2), (0, 2, 2), (0, 3, 2), (0, 4, 2)), text=True, props=()),
         (select("\u00a320"), keys("\u00a322"), select("\u00a335"), keys("\u00a337"), select("\u00a325"),
          keys("\u00a327"), select("\u00a318"), keys("\u00a320"))),
    Case("d-craft-no-gazebo", "craft_fair", "no gazebos this year, the car park's being resurfaced", "table",
         table_rows(0, CRAFT_PITCHES[:4]), Targets(tables=(0,), removed_rows=1),
         (select_cells(1, row=5), click("Delete Rows"))),
    Case("d-craft-cars-930", "craft_fair", "cars have to be out by half 9 this year, not quarter to", "table",
         any_of(*(table_rows(1, rows) for rows in CRAFT_HALF_NINE)), Targets(cells=((1, 2, 0),), text=True, props=()),
         (select("9:45am"), keys("9:30am"))),
    Case("d-craft-certificate", "craft_fair", "certificate's spelt wrong in the insurance paragraph", "unquoted",
         para_text_is("Insurance:", "Insurance: " + CRAFT_INSURANCE.replace("certficate", "certificate")),
         Targets(paras=(20,), text=True, props=()), (select("certficate"), keys("certificate"))),
    Case("d-craft-mu", "craft_fair", "mothers union wants a capital M and a capital U", "char_in_word",
         any_of(*(para_text_is("Refreshments", CRAFT_CAFE.replace("mothers\u2019 union", m))
                  for m in ("Mothers\u2019 Union", "Mothers' Union"))),
         Targets(paras=(21,), text=True, props=()), (select("mothers\u2019 union"), keys("Mothers\u2019 Union"))),
    Case("d-craft-grateful", "craft_fair", "greatful in the refreshmnts bit shoud be grateful", "typo",
         para_text_is("Refreshments", CRAFT_CAFE.replace("greatful", "grateful")),
         Targets(paras=(21,), text=True, props=()), (select("greatful"), keys("grateful"))),
    Case("d-craft-public-italic", "craft_fair", "Make the first row of the second table italic.", "public_style",
         cells_fmt(1, row=0, italic=True), Targets(cells=((1, 0, None),), props=("italic",)),
         (select_cells(2, row=1), click("Italic"))),
    Case("d-craft-infeasible-sheet", "craft_fair",
         "open the stallholders spreadsheet and put everyone's names and pitch numbers in here", "infeasible",
         unchanged()),
    Case("d-craft-top-12", "craft_fair",
         "the organiser bits at the top, from the hall line down to bookings close \u2013 12pt please",
         "paragraph_range", chars_in_paras([CRAFT_WHERE, "Organiser:", "Bookings close:"], size=12),
         Targets(paras=(1, 2, 3), props=("size",)),
         (select("St Michael"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 2 + "^+{DOWN}"), value("Font Size", "12"))),
    Case("d-craft-title-red", "craft_fair", "can the big heading at the top be red, it's christmas after all", "role",
         fmt("Christmas Craft Fair 2026", color="red"), Targets(paras=(0,), props=("color",)),
         (select("Christmas Craft Fair 2026"), value("Font Color", "Red"))),
    Case("d-craft-last-step", "craft_fair", "underline the last setting up step, people always start packing up at 2",
         "by_position", chars_in_paras([CRAFT_SETUP[3]], underline=True), Targets(paras=(14,), props=("underline",)),
         (select(CRAFT_SETUP[3]), click("Underline"))),
    Case("d-craft-electric", "craft_fair",
         "electricity's gone up to \u00a37 \u2013 and can that whole paragraph be italic",
         "multi_op",
         all_of(any_of(*(para_text_is("Electricity", t) for t in CRAFT_ELECTRIC_7)),
                chars_in_paras(["Electricity is"], italic=True)),
         Targets(paras=(7,), text=True, props=("italic",)),
         (select("\u00a35 extra"), keys("\u00a37 extra"), select(CRAFT_ELECTRIC_7[0]), click("Italic"))),
    Case("d-craft-handmade", "craft_fair", "highlight 'handmade items' in yellow", "quoted",
         fmt("handmade items", highlight="yellow"), Targets(spans=("handmade items",), props=("highlight",)),
         (select("handmade items"), value("Character Highlighting Color", "Yellow"))),
    Case("d-craft-bring-numbered", "craft_fair",
         "number the what to bring list please, so I can say see point 4 on the phone",
         "by_content", paras_all(CRAFT_BRING, list=numbered), Targets(paras=CRAFT_BRING, props=("list",)),
         (select(CRAFT_BRING[0]), keys("{HOME}" + "+{DOWN}" * 3 + "+{END}"), click("Ordered List"))),
    # ---- batch 19: a primary school's after-school clubs letter (after_school_clubs) and a removal firm's quotation
    # (removals_quote), two genres new to the set; written 2026-12-07 (nineteenth session) by a helper who never read
    # the runtime; a dev batch on the weakest kinds (read by the developer). Mostly table edits told as news: a club
    # moving day, a price rise with its term price, a teacher on leave, a club dropped from both tables, a new club
    # told casually, every fee up 50p but one, a service dropped and a piano repriced with the totals, a later start,
    # an item added with its totals; then several changes in one message, ranges told by their ends or count, page
    # breaks and whole-document changes told casually
    Case("d-clubs-coding-thu", "after_school_clubs",
         "mr brennan's got staff meetings on weds now so coding club is moving to thursdays, same time", "table",
         table_rows(0, CLUBS_CODING_THU), Targets(cells=((0, 4, 0),), text=True, props=()),
         (select("Wednesday"), keys("Thursday"))),
    Case("d-clubs-lego-3", "after_school_clubs",
         "lego builders is going up to \u00a33 a session (new sets aren't cheap!) so the term price changes too",
         "table", any_of(*(table_rows(1, rows) for rows in CLUBS_LEGO_3)),
         Targets(cells=((1, 6, 1), (1, 6, 2)), text=True, props=()),
         (select("\u00a32.50"), keys("\u00a33.00"), select("\u00a325.00"), keys("\u00a330.00"))),
    Case("d-clubs-dawes", "after_school_clubs",
         "miss achterberg starts her maternity leave at christmas, mrs dawes is taking netball for her", "table",
         table_rows(0, CLUBS_DAWES), Targets(cells=((0, 5, 4),), text=True, props=()),
         (select("Miss Achterberg"), keys("Mrs Dawes"))),
    Case("d-clubs-no-choir", "after_school_clubs",
         "no choir this term unfortunately, mrs haddad can't do tuesdays any more. can it come out of the timetable "
         "and the costs", "table",
         all_of(table_rows(0, [*CLUBS_TIMETABLE[:3], *CLUBS_TIMETABLE[4:]]),
                table_rows(1, [*CLUBS_COSTS[:3], *CLUBS_COSTS[4:]])),
         Targets(tables=(0, 1), removed_rows=1),
         (select_cells(1, row=4), click("Delete Rows"), select_cells(2, row=4), click("Delete Rows"))),
    Case("d-clubs-drama", "after_school_clubs",
         "ooh miss o'hara is starting a drama club!! fridays 3.20-4.30 for years 3 to 6. pop it on the timetable pls, "
         "we'll sort out a price later", "table", clubs_drama_added, Targets(tables=(0,), new_rows=1),
         (select_cells(1, row=8, column=5),
          keys("{END}{TAB}Friday{TAB}Drama{TAB}Years 3\u20136{TAB}3:20\u20134:30pm{TAB}Miss O\u2019Hara"))),
    Case("d-clubs-fees-50p", "after_school_clubs",
         "governors agreed 50p more a session for every club except choir (still free), so the costs table needs "
         "redoing \u2013 termly column as well, it's 10 wks", "table", clubs_fees_up,
         Targets(cells=((1, None, 1), (1, None, 2)), text=True, props=()), CLUBS_FEES_KEYS),
    Case("d-clubs-pay-15th", "after_school_clubs",
         "parentpay deadline has moved to fri 15th jan, not the 8th \u2013 and can you bold the date, half of them "
         "missed it last term", "multi_op", any_of(*CLUBS_PAY_15), Targets(paras=(9,), text=True, props=("bold",)),
         (select("Friday 8 January"), keys("Friday 15 January"), select("Friday 15 January"), click("Bold"))),
    Case("d-clubs-heading", "after_school_clubs",
         "the after-school clubs heading: 20pt, centred under the school name, and not blue \u2013 black's fine",
         "multi_op", all_of(fmt(CLUBS_HEADING, size=20, color=None), para(CLUBS_HEADING, align="center")),
         Targets(paras=(2,), props=("size", "align", "color")),
         (select(CLUBS_HEADING), value("Font Size", "20"), click("Align Center"), value("Font Color", "Black"))),
    Case("d-clubs-dear-12", "after_school_clubs",
         "from dear parents and carers down to the bit about the laptops, make it 12pt \u2013 grandparents read these "
         "too", "paragraph_range",
         chars_in_paras(["Dear Parents and Carers,", "We\u2019re pleased to share", "Places are booked"], size=12),
         Targets(paras=(3, 4, 5), props=("size",)),
         (select("Dear Parents and Carers,"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 2 + "^+{DOWN}"),
          value("Font Size", "12"))),
    Case("d-clubs-costs-page", "after_school_clubs",
         "start costs on a new page, the timetable page is the one that goes on people's fridges", "page_break",
         page_break_between("usual charge of \u00a36.50.", "Costs"),
         Targets(paras=(7, 8), props=("breaks",), new_paras=2),
         (select("Costs"), keys("{HOME}"), click("Page Break"))),
    Case("d-clubs-arial", "after_school_clubs",
         "can the whole letter be arial please, tables and everything \u2013 corbel prints really faint in the office",
         "whole_document", every_char(font="Arial"), Targets(everything=True, props=("font",)),
         (keys("^a"), value("Font Name", "Arial"))),
    Case("d-clubs-enthusiastic", "after_school_clubs",
         "theres a speling mistake in the first propper paragraph after dear parents, can u fix", "typo",
         para_text_is("We\u2019re pleased", CLUBS_INTRO.replace("enthusiatic", "enthusiastic")),
         Targets(paras=(4,), text=True, props=()), (select("enthusiatic"), keys("enthusiastic"))),
    Case("d-move-no-packing", "removals_quote",
         "mrs oyelaran rang, they're doing all their own packing after all. take the packing service off and redo the "
         "subtotal, vat and total", "table", any_of(*(table_rows(0, rows) for rows in MOVE_NO_PACKING)),
         Targets(tables=(0,), removed_rows=1, cells=((0, 6, 2), (0, 7, 2), (0, 8, 2)), text=True, props=()),
         (select_cells(1, row=2), click("Delete Rows"), select("\u00a31,895.00"), keys("\u00a31,515.00"),
          select("\u00a3379.00"), keys("\u00a3303.00"), select("\u00a32,274.00"), keys("\u00a31,818.00"))),
    Case("d-move-grand-piano", "removals_quote",
         "turns out the piano is a baby grand, not an upright!! darren's repriced it at \u00a3260", "table",
         move_grand_piano,
         Targets(cells=((0, 4, 1), (0, 4, 2), (0, 6, 2), (0, 7, 2), (0, 8, 2)), text=True, props=()),
         (select("Upright piano"), keys("Baby grand piano"), select("\u00a3180.00"), keys("\u00a3260.00"))),
    Case("d-move-crew-830", "removals_quote",
         "the lads have a little job first thing on the day so they won't get to birch grove till half 8", "table",
         any_of(*(table_rows(1, rows) for rows in MOVE_CREW_830)), Targets(cells=((1, 1, 0),), text=True, props=()),
         (select("8:00am"), keys("8:30am"))),
    Case("d-move-planters", "removals_quote",
         "we missed the garden stuff \u2013 2 big stone planters and the bbq, another \u00a365. add it in with the "
         "other items and fix the totals underneath", "table", move_planters_added,
         Targets(tables=(0,), new_rows=1, cells=((0, 6, None), (0, 7, None), (0, 8, None)), text=True),
         (select_cells(1, row=6), click("Rows Below"), select_cells(1, row=7, column=1),
          keys("Garden{TAB}Two stone planters and a BBQ{TAB}\u00a365.00"), select("\u00a31,895.00"),
          keys("\u00a31,960.00"), select("\u00a3379.00"), keys("\u00a3392.00"), select("\u00a32,274.00"),
          keys("\u00a32,352.00"))),
    Case("d-move-date", "removals_quote",
         "completion's slipped a week so they're moving fri 2nd april now, and bold that whole line so the crew can't "
         "miss it", "multi_op",
         all_of(any_of(*(para_text_is("Moving date:", f"Moving date: Friday {d} April 2027") for d in ("2", "2nd"))),
                chars_in_paras(["Moving date:"], bold=True)),
         Targets(paras=(7,), text=True, props=("bold",)),
         (select("26 March"), keys("2 April"), select("Moving date: Friday 2 April 2027"), click("Bold"))),
    Case("d-move-title", "removals_quote", "removal quotation line \u2013 18pt, centred and underlined please",
         "multi_op",
         all_of(fmt("Removal Quotation", size=18, underline=True), para("Removal Quotation", align="center")),
         Targets(paras=(2,), props=("size", "align", "underline")),
         (select("Removal Quotation"), value("Font Size", "18"), click("Align Center"), click("Underline"))),
    Case("d-move-labels-indent", "removals_quote",
         "the 5 lines from quote no down to moving date are jammed against the margin, can you indent them a bit",
         "paragraph_range", all_of(*(more_indented(t) for t in MOVE_LABELS)),
         Targets(paras=(3, 4, 5, 6, 7), props=("indent",)),
         (select("Quote no:"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 4 + "^+{DOWN}"), click("Increase Indent"))),
    Case("d-move-before-page", "removals_quote",
         "before moving day onwards on a new page, they want to stick that page on the fridge", "page_break",
         page_break_between("if your completion is delayed", "Before moving day"),
         Targets(paras=(17, 18), props=("breaks",), new_paras=2),
         (select("Before moving day"), keys("{HOME}"), click("Page Break"))),
    Case("d-move-justify", "removals_quote", "justify the whole quote, tables included. darren likes it neat",
         "whole_document", every_para(align="justify"), Targets(everything=True, props=("align",)),
         (keys("^a"), click("Justified"))),
    Case("d-move-contact-grey", "removals_quote", "our contact line under the name is a bit shouty, make it grey",
         "role", chars_in_paras([MOVE_CONTACT], color="grey"), Targets(paras=(1,), props=("color",)),
         (select(MOVE_CONTACT), value("Font Color", "#808080"))),
    Case("d-move-infeasible-photos", "removals_quote",
         "send this to the oyelarans with the survey photos attached", "infeasible", unchanged()),
    # ---- batch 20: a seaside B&B's room prices and house rules (bnb_prices) and a knitting group's pattern swap list
    # (knit_swap), two genres new to the set; written 2026-12-07 (nineteenth session) by a helper who never read the
    # runtime; a dev batch on the weakest kinds (read by the developer). Mostly table edits told as news: a room
    # dropped, two prices swapped, every winter price down a fiver, a later breakfast, a new room told casually, a
    # lender replaced, a pattern eaten by a puppy (removed or struck through), a name in an empty cell, a new pattern;
    # then several changes in one message, ranges told by their ends or count, page breaks (one a page of its own) and
    # whole-document changes told casually
    Case("d-bnb-no-single", "bnb_prices",
         "the single room's turning into mick's office from january so it can come off the price list", "table",
         table_rows(0, BNB_NO_SINGLE), Targets(tables=(0,), removed_rows=1),
         (select_cells(1, row=7), click("Delete Rows"))),
    Case("d-bnb-swap-winter", "bnb_prices",
         "i got abbey and captain cook the wrong way round in the winter column \u2013 abbey's 80, captain cook's 85",
         "table", any_of(*(table_rows(0, rows) for rows in BNB_SWAPPED)),
         Targets(cells=((0, 2, 2), (0, 3, 2)), text=True, props=()),
         (select_cells(1, row=3, column=3), keys("{HOME}+{END}\u00a380"), select_cells(1, row=4, column=3),
          keys("{HOME}+{END}\u00a385"))),
    Case("d-bnb-winter-fiver", "bnb_prices",
         "we're knocking a fiver off every low season price to fill the quiet months", "table", bnb_winter_down,
         Targets(cells=((0, None, 2),), text=True, props=()), BNB_WINTER_KEYS),
    Case("d-bnb-sunday-1030", "bnb_prices", "breakfast on a sunday goes on till half 10 now (mick's idea, not mine)",
         "table", any_of(*(table_rows(1, rows) for rows in BNB_SUNDAY)),
         Targets(cells=((1, 3, 1),), text=True, props=()),
         (select_cells(2, row=4, column=2), keys("{HOME}+{END}8:30\u201310:30am"))),
    Case("d-bnb-annexe", "bnb_prices",
         "annexe opens in april!! double plus a sofa bed, \u00a3120 low and \u00a3150 high season. add it at the "
         "bottom of the rooms", "table", bnb_annexe_added, Targets(tables=(0,), new_rows=1),
         (select_cells(1, row=7, column=4),
          keys("{END}{TAB}Annexe{TAB}Double and sofa bed{TAB}\u00a3120{TAB}\u00a3150"))),
    Case("d-bnb-dogs-20", "bnb_prices", "dog charge is \u00a320 a stay now. and put that paragraph in italics",
         "multi_op",
         all_of(any_of(*(para_text_is("Stay seven", t) for t in BNB_DOGS_20)),
                chars_in_paras(["Stay seven"], italic=True)),
         Targets(paras=(4,), text=True, props=("italic",)),
         (select("\u00a315 per stay"), keys("\u00a320 per stay"), select(BNB_DOGS_20[-1]), click("Italic"))),
    Case("d-bnb-title", "bnb_prices", "fernlea at the top \u2013 centre it, 24pt, and dark green to match the sign out "
         "front", "multi_op", all_of(fmt(BNB_TITLE, size=24, color="green"), para(BNB_TITLE, align="center")),
         Targets(paras=(0,), props=("size", "color", "align")),
         (select(BNB_TITLE), click("Align Center"), value("Font Size", "24"), value("Font Color", "#1B5E20"))),
    Case("d-bnb-small-print", "bnb_prices",
         "cancellations down to the car park line can all be 9pt, it's only small print", "paragraph_range",
         chars_in_paras(BNB_SMALL_PRINT, size=9), Targets(paras=(14, 15, 16, 17), props=("size",)),
         (select("Cancellations"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 3 + "^+{DOWN}"), value("Font Size", "9"))),
    Case("d-bnb-rules-page", "bnb_prices",
         "house rules on a page all by itself please, i want to frame it for the landing", "page_break",
         all_of(page_break_between("smokehouse round the corner.", "House rules"),
                page_break_between("(the towels are in the porch).", "Cancellations")),
         Targets(paras=(6, 7, 13, 14), props=("breaks",), new_paras=4),
         (select("House rules"), keys("{HOME}"), click("Page Break"), select("Cancellations"), keys("{HOME}"),
          click("Page Break"))),
    Case("d-bnb-georgia", "bnb_prices", "everything into georgia including the tables, lucida looks dated",
         "whole_document", every_char(font="Georgia"), Targets(everything=True, props=("font",)),
         (keys("^a"), value("Font Name", "Georgia"))),
    Case("d-bnb-address-italic", "bnb_prices", "address line under the title in italics", "role",
         chars_in_paras([BNB_ADDRESS], italic=True), Targets(paras=(1,), props=("italic",)),
         (select(BNB_ADDRESS), click("Italic"))),
    Case("d-knit-gwen", "knit_swap",
         "siobhan's taken her lopi pattern home again but her sister gwen's lent us hers, so it's gwen who brought it "
         "now", "table", table_rows(0, KNIT_GWEN), Targets(cells=((0, 2, 3),), text=True, props=()),
         (select("Siobhan"), keys("Gwen"))),
    Case("d-knit-no-beanie", "knit_swap",
         "bad news, maureen's puppy ate the fisherman's rib pattern so that one's off the list", "table",
         any_of(table_rows(0, [KNIT_PATTERNS[0], *KNIT_PATTERNS[2:]]),
                all_of(table_rows(0, KNIT_PATTERNS), cells_fmt(0, row=1, strike=True))),
         Targets(tables=(0,), removed_rows=1, cells=((0, 1, None),), props=("strike",)),
         (select_cells(1, row=2), click("Delete Rows"))),
    Case("d-knit-kath", "knit_swap", "can you put me down for the hitchhiker shawl please \u2013 kath", "table",
         table_rows(0, KNIT_KATH), Targets(cells=((0, 4, 4),), text=True, props=()),
         (select_cells(1, row=5, column=5), keys("Kath"))),
    Case("d-knit-socks", "knit_swap",
         "eileen brought a sock pattern in too \u2013 vanilla socks, 4 ply. nobody's after it yet", "table",
         knit_socks_added, Targets(tables=(0,), new_rows=1),
         (select_cells(1, row=7, column=5), keys("{END}{TAB}Vanilla Socks{TAB}Socks{TAB}4 ply{TAB}Eileen"))),
    Case("d-knit-garden-room", "knit_swap",
         "we've moved to the garden room (same centre \u2013 the long room's got damp). change it and bold the whole "
         "meets line", "multi_op",
         all_of(any_of(*(para_text_is("Meets:", t) for t in KNIT_GARDEN)), chars_in_paras(["Meets:"], bold=True)),
         Targets(paras=(2,), text=True, props=("bold",)),
         (select("Long Room"), keys("Garden Room"), select(KNIT_GARDEN[0]), click("Bold"))),
    Case("d-knit-chunky", "knit_swap",
         "chunky's really 6.5mm not 6, and bold the top row of the needles table while ur at it", "multi_op",
         all_of(any_of(*(table_rows(1, rows) for rows in KNIT_CHUNKY)), cells_fmt(1, row=0, bold=True)),
         Targets(cells=((1, 4, 1), (1, 0, None)), text=True, props=("bold",)),
         (select("6mm"), keys("6.5mm"), select_cells(2, row=1), click("Bold"))),
    Case("d-knit-coming-italic", "knit_swap", "the 3 dates under coming up in italics please", "paragraph_range",
         chars_in_paras(KNIT_COMING, italic=True), Targets(paras=(10, 11, 12), props=("italic",)),
         (select("Saturday 10 October"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 2 + "^+{DOWN}"), click("Italic"))),
    Case("d-knit-charity-page", "knit_swap",
         "charity knitting and the rest on a new page, i'm sending that bit to linden house", "page_break",
         page_break_between("for our UFO amnesty", "Charity knitting"),
         Targets(paras=(12, 13), props=("breaks",), new_paras=2),
         (select("Charity knitting"), keys("{HOME}"), click("Page Break"))),
    Case("d-knit-spacing", "knit_swap",
         "1.5 spacing on the whole lot inc tables, some of the ladies struggle to read it", "whole_document",
         every_para(line=1.5), Targets(everything=True, props=("line",)),
         (keys("^a"), value("Line Spacing", "1.5"))),
    Case("d-knit-happy-14", "knit_swap", "cn u make the happy knittng line biger \u2013 14 wud do", "typo",
         fmt("Happy knitting!", size=14), Targets(paras=(16,), props=("size",)),
         (select("Happy knitting!"), value("Font Size", "14"))),
    Case("d-knit-acrylic", "knit_swap",
         "highlight the never acrylic bit in yellow, someone sent in acrylic hats last year and they all came back",
         "by_content", fmt("never acrylic", highlight="yellow"), Targets(spans=(KNIT_HATS,), props=("highlight",)),
         (select("never acrylic"), value("Character Highlighting Color", "Yellow"))),
    Case("d-knit-infeasible-print", "knit_swap", "print 20 copies for thursday and leave them by the tea urn",
         "infeasible", unchanged()),
    # ---- batch 21: a running club's race results round-up (race_results), a genre new to the set; written by a
    # helper who never read the runtime; not yet measured. Table edits told as news or as corrections: a chip time
    # corrected with the old one, a member paid up, a runner moving up an age group, an order dropped and one added with
    # the total following; then two changes at once, a count fixed in two places, a range told by its count, the title,
    # the sign-off asked for with typos, a page break and a whole-document font
    Case("d-b21-callum-time", "race_results",
         "timing firm have sent a correction \u2013 callum ran 34:08, not 34:18", "table",
         _table_is(0, RACE_TOP, {(1, 3): ("34:08",)}), Targets(cells=((0, 1, 3),), text=True, props=()),
         (select("34:18"), keys("34:08"))),
    Case("d-b21-dev-paid", "race_results",
         "dev gave me the cash for his hoodie at training last night so he's all paid up", "table",
         _table_is(1, RACE_KIT, {(3, 4): ("Yes", "yes")}), Targets(cells=((1, 3, 4),), text=True, props=()),
         (select_cells(2, row=4, column=5), keys("{HOME}+{END}Yes"))),
    Case("d-b21-marek-v50", "race_results",
         "marek had his 50th in feb so he's moved up an age group, results table still has him in the old one",
         "table", _table_is(0, RACE_TOP, {(6, 2): ("V50 men", "V50 Men")}),
         Targets(cells=((0, 6, 2),), text=True, props=()), (select("V45 men"), keys("V50 men"))),
    Case("d-b21-nell-off", "race_results",
         "nell's pulled out of the kit order, she got a hoodie for her birthday. take her off and bring the total "
         "down", "table", any_of(*(table_rows(1, rows) for rows in RACE_NO_NELL)),
         Targets(tables=(1,), removed_rows=1, cells=((1, 6, None), (1, 7, 3)), text=True, props=()),
         (select_cells(2, row=7), click("Delete Rows"), select("\u00a3150.00"), keys("\u00a3118.00"))),
    Case("d-b21-jas-vest", "race_results",
         "jas wants a vest too \u2013 small, \u00a318, and she's already paid me. stick her on the kit list and update "
         "the total", "table", race_jas_added,
         Targets(tables=(1,), new_rows=1, cells=((1, 7, None),), text=True, props=()),
         (select_cells(2, row=7), click("Rows Below"), select_cells(2, row=7, column=5),
          keys("{END}{TAB}Jas Bhamra{TAB}Vest{TAB}S{TAB}\u00a318.00{TAB}Yes"), select("\u00a3150.00"),
          keys("\u00a3168.00"))),
    Case("d-b21-greenham-sunday", "race_results",
         "greenham 5k has moved to the sunday, the 4th of april, same start time. and can the date line go red so "
         "nobody turns up on the saturday", "multi_op",
         all_of(any_of(*RACE_SUNDAY), chars_in_paras(["Date:"], color="red")),
         Targets(paras=(15,), text=True, props=("color",)),
         (select("Saturday 3 April"), keys("Sunday 4 April"), select("Date: Sunday 4 April 2027, 9:30am start"),
          value("Font Color", "Red"))),
    Case("d-b21-reminders", "race_results",
         "couple of changes in the reminders: training starts at 7 now not half 6 (leisure centre changed its hours), "
         "and subs have gone up by a fiver", "multi_op", all_of(any_of(*RACE_REMINDERS_7), any_of(*RACE_SUBS_30)),
         Targets(paras=(18, 20), text=True, props=()),
         (select("6:30pm"), keys("7:00pm"), select("\u00a325"), keys("\u00a330"))),
    Case("d-b21-title-centre", "race_results", "centre the title please, it looks lopsided on the noticeboard", "role",
         para("Canal 10K Results", align="center"), Targets(paras=(0,), props=("align",)),
         (select("Canal 10K Results"), click("Align Center"))),
    Case("d-b21-graham-bold", "race_results", "bold graham's pb, 71 years old and still flying", "by_content",
         chars_in_paras([RACE_PBS[2]], bold=True), Targets(paras=(10,), props=("bold",)),
         (select(RACE_PBS[2]), click("Bold"))),
    Case("d-b21-last-reminder", "race_results",
         "highlight the last reminder in yellow, it's the one everybody ignores", "by_position",
         fmt(RACE_REMINDERS[2], highlight="yellow"), Targets(paras=(20,), props=("highlight",)),
         (select(RACE_REMINDERS[2]), value("Character Highlighting Color", "Yellow"))),
    Case("d-b21-finishers-214", "race_results",
         "two finishers got missed off by the timing firm, so we had 214 not 212", "unquoted",
         all_of(para_text_is("Finishers:", "Finishers: 214 runners, 38 of them Harriers"),
                para_text_is("Full results", RACE_NOTE.replace("212", "214"))),
         Targets(paras=(3, 6), text=True, props=()),
         (select("212 runners"), keys("214 runners"), select("all 212"), keys("all 214"))),
    Case("d-b21-name-bold", "race_results", "cn u make my name at the bottem bold, it lookz a bit lost down ther",
         "typo", fmt("Lorraine", nth=2, bold=True), Targets(paras=(23,), props=("bold",)),
         (select("Run happy,"), keys("{DOWN}{HOME}+{END}"), click("Bold"))),
    Case("d-b21-calibri", "race_results",
         "whole thing in calibri please, tables too \u2013 lucida sans looks odd when it goes on the club website",
         "whole_document", every_char(font="Calibri"), Targets(everything=True, props=("font",)),
         (keys("^a"), value("Font Name", "Calibri"))),
    Case("d-b21-pbs-italic", "race_results", "put all four of the pb lines in italics", "paragraph_range",
         chars_in_paras(RACE_PBS, italic=True), Targets(paras=(8, 9, 10, 11), props=("italic",)),
         (select(RACE_PBS[0]), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 3 + "^+{DOWN}"), click("Italic"))),
    Case("d-b21-kit-page", "race_results",
         "can the vests and hoodies bit start on a fresh page? aled wants to pin that page up at training",
         "page_break", page_break_between("after coming back from a broken ankle", "Club vests and hoodies"),
         Targets(paras=(11, 12), props=("breaks",), new_paras=2),
         (select("Club vests and hoodies"), keys("{HOME}"), click("Page Break"))),
    # ---- batch 22: a landlord's repairs log for a block of flats (repair_log), a genre new to the set; written by a
    # helper who never read the runtime; not yet measured. Table edits told as news: a repair finished, a contractor
    # taking over from another, a visit moved to another day, a bill that came in lower with its row and the total;
    # then a date and a number in one message, a sentence told by what it says, a bullet by its place, a sum and a
    # misspelling told without quotes, a capital and an ordinal inside words, a range, the title, a whole-document size
    # and a phone call the editor cannot make
    Case("d-b22-window-done", "repair_log",
         "sam came and fitted the new hinge on flat 2's window yesterday, so that one's sorted", "table",
         _table_is(0, LOG_REPAIRS, {(2, 4): ("Done",)}), Targets(cells=((0, 2, 4),), text=True, props=()),
         (select("Waiting for parts"), keys("Done"))),
    Case("d-b22-dan-pryce", "repair_log",
         "kevin's put his back out so his mate dan pryce is taking over the damp job in flat 4", "table",
         _table_is(0, LOG_REPAIRS, {(4, 3): ("Dan Pryce", "Dan Pryce (plumber)")}),
         Targets(cells=((0, 4, 3),), text=True, props=()),
         (select("Kevin Marsh (plumber)"), keys("Dan Pryce (plumber)"))),
    Case("d-b22-intercom-23", "repair_log",
         "brightwire can't do friday after all, they're coming for the intercom on weds 23rd instead", "table",
         _table_is(0, LOG_REPAIRS, {(6, 4): LOG_INTERCOM_23}), Targets(cells=((0, 6, 4),), text=True, props=()),
         (select("Booked for 18 June"), keys("Booked for 23 June"))),
    Case("d-b22-gutter-95", "repair_log",
         "clear flow only did the front gutters in the end so their bill was \u00a395 not \u00a3120. can you change "
         "that row to front only and fix the total", "table", log_gutter_95,
         Targets(cells=((1, 3, 0), (1, 3, 2), (1, 5, 2)), text=True, props=()),
         (select("(front and back)"), keys("(front only)"), select("\u00a3120.00"), keys("\u00a395.00"),
          select("\u00a3410.00"), keys("\u00a3385.00"))),
    Case("d-b22-updated-phone", "repair_log",
         "updated date should be fri 18th june now, and put my mobile number in bold so they ring it instead of "
         "emailing", "multi_op",
         all_of(any_of(*(para_text_is("Updated:", f"Updated: Friday {d} June 2027") for d in ("18", "18th"))),
                fmt("07700 900631", bold=True)),
         Targets(paras=(3,), spans=("07700 900631",), text=True, props=("bold",)),
         (select("Monday 14 June"), keys("Friday 18 June"), select("07700 900631"), click("Bold"))),
    Case("d-b22-title-24", "repair_log", "the heading right at the top \u2013 24pt please, it looks a bit lost", "role",
         fmt("Albion House Repairs Log", size=24), Targets(paras=(0,), props=("size",)),
         (select("Albion House Repairs Log"), value("Font Size", "24"))),
    Case("d-b22-damp-bold", "repair_log",
         "can the sentence about the shower seal in flat 6 be bold, they need to see it's probably coming from them",
         "by_content", any_of(fmt(LOG_DAMP, bold=True), fmt(LOG_DAMP[:-1], bold=True)),
         Targets(spans=(LOG_DAMP,), props=("bold",)), (select(LOG_DAMP), click("Bold"))),
    Case("d-b22-second-access", "repair_log", "2nd bullet under access in italics please", "by_position",
         chars_in_paras([LOG_ACCESS[1]], italic=True), Targets(paras=(13,), props=("italic",)),
         (select(LOG_ACCESS[1]), click("Italic"))),
    Case("d-b22-fund-1350", "repair_log", "the fund had 1,350 in it at the start of april, not 1,250 \u2013 my mistake",
         "unquoted",
         any_of(*(para_text_is("All of these", LOG_FUND.replace("\u00a31,250", v)) for v in _money(1350))),
         Targets(paras=(9,), text=True, props=()), (select("\u00a31,250"), keys("\u00a31,350"))),
    Case("d-b22-especially", "repair_log",
         "theres a speling mistake in the thank you line rite at the end, can u fix it", "typo",
         para_text_is("Thank you for your patience", LOG_THANKS.replace("espesially", "especially")),
         Targets(paras=(20,), text=True, props=()), (select("espesially"), keys("especially"))),
    Case("d-b22-size-12", "repair_log",
         "everything up to 12pt please, the tables as well \u2013 a couple of the tenants struggle with small print",
         "whole_document", every_char(size=12), Targets(everything=True, props=("size",)),
         (keys("^a"), value("Font Size", "12"))),
    Case("d-b22-report-bold", "repair_log", "bold the three steps under reporting a repair", "paragraph_range",
         chars_in_paras(LOG_REPORT, bold=True), Targets(paras=(16, 17, 18), props=("bold",)),
         (select(LOG_REPORT[0]), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 2 + "^+{DOWN}"), click("Bold"))),
    Case("d-b22-spa", "repair_log", "spa in the address under the title wants a capital s", "char_in_word",
         para_text_is("Flats 1", LOG_ADDRESS.replace("Leamington spa", "Leamington Spa")),
         Targets(paras=(1,), text=True, props=()), (select("Leamington spa"), keys("Leamington Spa"))),
    Case("d-b22-21st", "repair_log",
         "the st on the 21st in the paragraph under the repairs table, raise it up small like ordinals usually are",
         "char_in_word", fmt("21[st]", vert="superscript"), Targets(spans=("21[st]",), props=("vert",)),
         (select("21st"), keys("{LEFT}{LEFT}+{RIGHT}+{RIGHT}"), click("Superscript"))),
    Case("d-b22-infeasible-ring", "repair_log", "ring brightwire and check they're still ok for friday", "infeasible",
         unchanged()),
    # ---- batch 23: a bakery's wholesale standing order for a café (bakery_order), a genre new to the set; written by a
    # helper who never read the runtime; not yet measured. Table edits told as news: a bigger order whose cost and
    # total follow, a driver covering another's runs, an item dropped with the total fixed, a van running later; then a
    # date and a bold number in one message, the sign-off by its role, a sentence by what it says, a step by its place,
    # a fee told without quotes, a misspelt request, a range, a capital inside a place name, a page break, a
    # whole-document size, a phrase quoted that comes up twice and an order the editor cannot place
    Case("d-b23-sourdough-18", "bakery_order",
         "daisy chain have asked for 18 sourdoughs a week from now on instead of 12 \u2013 can u change it so the cost "
         "and the total add up", "table", BAKE_SOURDOUGH_18,
         Targets(cells=((0, 1, 2), (0, 1, 4), (0, 7, 4)), text=True, props=()),
         (select_cells(1, row=2, column=3), keys("{HOME}+{END}18"), select("\u00a338.40"), keys("\u00a357.60"),
          select("\u00a3161.40"), keys("\u00a3180.60"))),
    Case("d-b23-kerry-ann", "bakery_order",
         "stuart's off on paternity leave from monday so kerry-ann's taking his two runs as well", "table",
         BAKE_KERRY_ANN, Targets(cells=((1, 1, 2), (1, 2, 2)), text=True, props=()),
         (select_cells(2, row=2, column=3), keys("{HOME}+{END}Kerry-Ann"), select_cells(2, row=3, column=3),
          keys("{HOME}+{END}Kerry-Ann"))),
    Case("d-b23-no-brownie", "bakery_order",
         "they've stopped selling brownies so the slab can come off their order. total will need sorting too", "table",
         any_of(*(table_rows(0, rows) for rows in BAKE_NO_BROWNIE)),
         Targets(tables=(0,), removed_rows=1, cells=((0, 6, None), (0, 7, 4)), text=True, props=()),
         (select_cells(1, row=7), click("Delete Rows"), select("\u00a3161.40"), keys("\u00a3142.90"))),
    Case("d-b23-friday-van", "bakery_order",
         "roadworks at mytholmroyd mean the friday van's leaving at quarter past 6 now, and getting there about half 7",
         "table", BAKE_FRIDAY_VAN, Targets(cells=((1, 3, 1), (1, 3, 3)), text=True, props=()),
         (select("6:00am"), keys("6:15am"), select("7:15am"), keys("7:30am"))),
    Case("d-b23-week-15", "bakery_order",
         "week starting's wrong, should be mon 15th feb. oh and bold their account number, they never quote it when "
         "they pay", "multi_op",
         all_of(any_of(*BAKE_WEEK_15), fmt("TMB-0147", bold=True), para_text_is("Account no:", "Account no: TMB-0147")),
         Targets(paras=(4,), spans=("TMB-0147",), text=True, props=("bold",)),
         (select("Monday 8 February"), keys("Monday 15 February"), select("TMB-0147"), click("Bold"))),
    Case("d-b23-sign-off-right", "bakery_order",
         "can the sign off at the end sit over on the right hand side, like on a proper letter", "role", BAKE_SIGN_OFF,
         Targets(paras=(21, 22, 23), props=("align",)),
         (select("Many thanks,"), keys("{HOME}+{DOWN}+{DOWN}+{END}"), click("Align Right"))),
    Case("d-b23-lock-box", "bakery_order",
         "highlight the sentence about the lock box \u2013 every new caf\u00e9 we take on leaves it locked",
         "by_content",
         any_of(fmt(BAKE_LOCK_BOX, highlight=True), fmt(BAKE_LOCK_BOX[:-1], highlight=True)),
         Targets(spans=(BAKE_LOCK_BOX,), props=("highlight",)),
         (select(BAKE_LOCK_BOX), value("Character Highlighting Color", "Yellow"))),
    Case("d-b23-second-step", "bakery_order", "underline the 2nd of the numbered steps", "by_position",
         chars_in_paras([BAKE_STEPS[1]], underline=True), Targets(paras=(12,), props=("underline",)),
         (select(BAKE_STEPS[1]), click("Underline"))),
    Case("d-b23-late-fee", "bakery_order", "late fee goes up to 7.50 from march, can you change it on here",
         "unquoted", any_of(*BAKE_LATE_FEE), Targets(paras=(19,), text=True, props=()),
         (select("\u00a35 to"), keys("\u00a37.50 to"))),
    Case("d-b23-payment-bold", "bakery_order", "pls cn u bold the hole paymnt paragrah, ppl never pay on time", "typo",
         chars_in_paras(["Payment:"], bold=True), Targets(paras=(19,), props=("bold",)),
         (select("Payment: " + BAKE_PAYMENT), click("Bold"))),
    Case("d-b23-size-11", "bakery_order",
         "it prints really small on the caf\u00e9's printer \u2013 can everything be 11pt, tables included",
         "whole_document", every_char(size=11), Targets(everything=True, props=("size",)),
         (keys("^a"), value("Font Size", "11"))),
    Case("d-b23-allergens-italic", "bakery_order",
         "italics for everything from the allergens heading down to the payment line", "paragraph_range",
         chars_in_paras(["Allergens", *BAKE_ALLERGENS, "Payment:"], italic=True),
         Targets(paras=(14, 15, 16, 17, 18, 19), props=("italic",)),
         (select("Allergens"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 5 + "^+{DOWN}"), click("Italic"))),
    Case("d-b23-valley", "bakery_order", "calder valley needs a capital v, it's the name of the place", "char_in_word",
         para_text_is("Our van does", BAKE_DELIVERY.replace("Calder valley", "Calder Valley")),
         Targets(paras=(9,), text=True, props=()), (select("Calder valley"), keys("Calder Valley"))),
    Case("d-b23-allergens-page", "bakery_order",
         "start the allergens on a new page please, the caf\u00e9 wants to stick that bit on their fridge",
         "page_break", page_break_between("extra trays for an event.", "Allergens"),
         Targets(paras=(13, 14), props=("breaks",), new_paras=2),
         (select("Allergens"), keys("{HOME}"), click("Page Break"))),
    Case("d-b23-infeasible-flour", "bakery_order", "order us 4 more sacks of strong white from the mill for monday",
         "infeasible", unchanged()),
    Case("d-b23-thursday-quoted", "bakery_order", 'underline "2pm on Thursday" everywhere it comes up', "quoted",
         all_of(fmt(BAKE_THURSDAY, underline=True), fmt(BAKE_THURSDAY, nth=2, underline=True)),
         Targets(spans=(BAKE_THURSDAY,), props=("underline",)),
         (click("Find and Replace"), value("Find", BAKE_THURSDAY), click("Find All"), click("Close"),
          click("Underline"))),
    # ---- batch 24: a charity shop's donation guidelines and volunteer notes (charity_shop), a genre new to the set;
    # written by a helper who never read the runtime; not yet measured. Table edits told as news: a gap on the rota
    # filled, a week of takings added with both totals following, a key holder corrected with the old name; then hours
    # changed with the line coloured, a date moved with the line made bold, the name by its role, a sentence by what it
    # says, a bullet by its place, hours told without quotes, a misspelt request, a range, a capital inside a name, a
    # page break, a whole-document font, a public-benchmark instruction and a post the editor cannot make
    Case("d-b24-jean-wed", "charity_shop",
         "jean from st laurence's has said yes to the wednesday afternoon gap!! put her in", "table", SHOP_JEAN,
         Targets(cells=((0, 3, 2),), text=True, props=()),
         (select_cells(1, row=4, column=3), keys("{HOME}+{END}Jean"))),
    Case("d-b24-feb-week", "charity_shop",
         "first week of feb is in: w/e 6th, \u00a31,087.30 and 77 bags. add it to the takings and update the totals",
         "table", shop_feb_added, Targets(tables=(1,), new_rows=1, cells=((1, 5, None),), text=True, props=()),
         (select_cells(2, row=5), click("Rows Below"), select_cells(2, row=5, column=3),
          keys("{END}{TAB}Saturday 6 February{TAB}\u00a31,087.30{TAB}77"), select("\u00a34,626.45"),
          keys("\u00a35,713.75"), select_cells(2, row=7, column=3), keys("{HOME}+{END}416"))),
    Case("d-b24-monday-keys", "charity_shop",
         "monday key holder is marcus now not teresa, she's at head office on mondays from next week", "table",
         SHOP_MARCUS_MONDAY, Targets(cells=((0, 1, 3),), text=True, props=()),
         (select_cells(1, row=2, column=4), keys("{HOME}+{END}Marcus"))),
    Case("d-b24-door-hours", "charity_shop",
         "back door's only open 10 till 2 for donations now, we're short in the sorting room. change it and make that "
         "line red so people notice", "multi_op",
         all_of(any_of(*SHOP_DOOR_2), chars_in_paras(["Donations door:"], color="red")),
         Targets(paras=(3,), text=True, props=("color",)),
         (select("3:00pm"), keys("2:00pm"), select("Donations door: round the back in Mill Lane, 10:00am\u20132:00pm"),
          value("Font Color", "Red"))),
    Case("d-b24-closed-22", "charity_shop",
         "deep clean's been moved to monday the 22nd. and that please note bit wants to be bold all the way through",
         "multi_op", all_of(any_of(*SHOP_CLOSED_22), chars_in_paras(["Please note:"], bold=True)),
         Targets(paras=(27,), text=True, props=("bold",)),
         (select("Monday 15 February"), keys("Monday 22 February"),
          select("Please note: " + SHOP_CLOSED.replace("15 February", "22 February")), click("Bold"))),
    Case("d-b24-name-underline", "charity_shop", "underline the shop name at the top", "role",
         fmt(SHOP_NAME, underline=True), Targets(paras=(0,), props=("underline",)),
         (select(SHOP_NAME), click("Underline"))),
    Case("d-b24-forms-tray", "charity_shop",
         "can u highlight where it says where the gift aid forms are kept, nobody can ever find them", "by_content",
         any_of(fmt(SHOP_FORMS, highlight=True), fmt(SHOP_FORMS[:-1], highlight=True)),
         Targets(spans=(SHOP_FORMS,), props=("highlight",)),
         (select(SHOP_FORMS), value("Character Highlighting Color", "Yellow"))),
    Case("d-b24-last-cant", "charity_shop",
         "bold the last of the can't-take bullets, we've had three bin bags of damp clothes this week", "by_position",
         chars_in_paras([SHOP_CANT[3]], bold=True), Targets(paras=(15,), props=("bold",)),
         (select(SHOP_CANT[3]), click("Bold"))),
    Case("d-b24-open-10", "charity_shop",
         "we don't open till 10 now, not half 9 \u2013 fix the hours under the shop name", "unquoted",
         any_of(*SHOP_OPEN_10), Targets(paras=(1,), text=True, props=()), (select("9:30am"), keys("10:00am"))),
    Case("d-b24-gift-aid-centre", "charity_shop", "cud u centr the gift ayd heding", "typo",
         para("Gift Aid", exact=True, align="center"), Targets(paras=(21,), props=("align",)),
         (select("Gift Aid"), click("Align Center"))),
    Case("d-b24-verdana", "charity_shop",
         "switch the whole sheet to verdana, tables as well, so it matches the posters from head office",
         "whole_document", every_char(font="Verdana"), Targets(everything=True, props=("font",)),
         (keys("^a"), value("Font Name", "Verdana"))),
    Case("d-b24-reminders-10", "charity_shop",
         "gift aid heading through to the end of the volunteer reminders \u2013 make all that 10pt", "paragraph_range",
         chars_in_paras(["Gift Aid", "If you pay UK tax", "Reminders for volunteers", *SHOP_REMIND], size=10),
         Targets(paras=(21, 22, 23, 24, 25, 26), props=("size",)),
         (select("Gift Aid"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 5 + "^+{DOWN}"), value("Font Size", "10"))),
    Case("d-b24-meadowbank", "charity_shop",
         "meadowbank has a capital b in the middle in the gift aid paragraph, it should be a small b", "char_in_word",
         para_text_is("If you pay UK tax", SHOP_GIFT_AID.replace("MeadowBank", "Meadowbank")),
         Targets(paras=(22,), text=True, props=()), (select("lets MeadowBank claim"), keys("lets Meadowbank claim"))),
    Case("d-b24-rota-page", "charity_shop",
         "can the volunteer rota start on a new page? i want to pin it up in the back room", "page_break",
         page_break_between("smelling of smoke", "Volunteer rota"),
         Targets(paras=(15, 16), props=("breaks",), new_paras=2),
         (select("Volunteer rota"), keys("{HOME}"), click("Page Break"))),
    Case("d-b24-infeasible-fb", "charity_shop", "share this on the shop facebook page so donors can see it",
         "infeasible", unchanged()),
    Case("d-b24-public-spacing", "charity_shop", "Apply double line spacing to the second paragraph.", "public_style",
         para(SHOP_ADDRESS, line=2.0), Targets(paras=(1,), props=("line",)),
         (select(SHOP_ADDRESS), value("Line Spacing", "2"))),
    # ---- batch 25: a cycling club's sportive entry info (sportive), a genre new to the set; written by a helper who
    # never read the runtime; not yet measured. Table edits told as news: a feed station taken over by someone else, a
    # route dropped, a route re-measured (two cells at once); then a phone number changed and made bold, the line under
    # the title by its role, a sentence by what it says, a bullet by its place, a fee told without quotes where the
    # same sum comes up twice, a misspelt request, a range told by its count, a capital inside a place name, a page
    # break, a whole-document font, an email the editor cannot send and a public-benchmark instruction
    Case("d-b25-bev-feed", "sportive",
         "anne's knee has gone again so tariq's wife bev is running the fridaythorpe feed this year", "table",
         SPORT_BEV, Targets(cells=((1, 1, 3),), text=True, props=()), (select("Anne Pollard"), keys("Bev Hussain"))),
    Case("d-b25-no-family", "sportive",
         "no family ride this time, the insurers won't cover under 12s. can it come out of the routes table", "table",
         table_rows(0, SPORT_ROUTES[:4]), Targets(tables=(0,), removed_rows=1),
         (select_cells(1, row=5), click("Delete Rows"))),
    Case("d-b25-long-151", "sportive",
         "long route got re-measured with the diversion round warter, it's 151 km now and 2,180 m of climbing",
         "table", SPORT_LONG_151, Targets(cells=((0, 3, 1), (0, 3, 2)), text=True, props=()),
         (select("148 km"), keys("151 km"), select("2,100 m"), keys("2,180 m"))),
    Case("d-b25-phil-mobile", "sportive",
         "got a new phone, my number's 07700 900913 now. change it at the top and bold it so people actually ring it "
         "on the day", "multi_op",
         all_of(para_text_is("Organiser:", "Organiser: Phil Hartigan, 07700 900913"), fmt("07700 900913", bold=True)),
         Targets(paras=(2,), text=True, props=("bold",)),
         (select("07700 900458"), keys("07700 900913"), select("07700 900913"), click("Bold"))),
    Case("d-b25-when-italic", "sportive", "the date and hq line just under the title, pop that in italics", "role",
         chars_in_paras([SPORT_WHEN], italic=True), Targets(paras=(1,), props=("italic",)),
         (select(SPORT_WHEN), click("Italic"))),
    Case("d-b25-single-file", "sportive",
         "highlight the sentence about riding single file please, the farmers moaned about it last year", "by_content",
         any_of(fmt(SPORT_SINGLE_FILE, highlight=True), fmt(SPORT_SINGLE_FILE[:-1], highlight=True)),
         Targets(spans=(SPORT_SINGLE_FILE,), props=("highlight",)),
         (select(SPORT_SINGLE_FILE), value("Character Highlighting Color", "Yellow"))),
    Case("d-b25-third-bring", "sportive",
         "bold the third thing on the what to bring list, half the long route forgot theirs last time", "by_position",
         chars_in_paras([SPORT_BRING[2]], bold=True), Targets(paras=(19,), props=("bold",)),
         (select(SPORT_BRING[2]), click("Bold"))),
    Case("d-b25-late-7", "sportive", "entering on the day is 7 quid extra now, not 5", "unquoted",
         any_of(*SPORT_LATE_7), Targets(paras=(7,), text=True, props=()),
         (select("\u00a35 extra"), keys("\u00a37 extra"))),
    Case("d-b25-close-underline", "sportive", "cud u undrline the date entrys close, evry yr sum1 misses it", "typo",
         fmt("Wednesday 14 April", underline=True), Targets(paras=(3,), props=("underline",)),
         (select("Wednesday 14 April at midnight"), click("Underline"))),
    Case("d-b25-arial", "sportive", "put the whole sheet in arial incl both tables, the club site uses arial",
         "whole_document", every_char(font="Arial"), Targets(everything=True, props=("font",)),
         (keys("^a"), value("Font Name", "Arial"))),
    Case("d-b25-steps-spacing", "sportive",
         "all 4 registration steps in 1.5 line spacing pls, ppl read this on their phones", "paragraph_range",
         paras_all(SPORT_STEPS, line=1.5), Targets(paras=(12, 13, 14, 15), props=("line",)),
         (select(SPORT_STEPS[0]), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 3 + "^+{DOWN}"), value("Line Spacing", "1.5"))),
    Case("d-b25-huggate", "sportive", "huggate wants a capital h in the paragraph under the feed stations table",
         "char_in_word", para_text_is("Feed 2 at", SPORT_FEEDS_NOTE.replace("huggate", "Huggate")),
         Targets(paras=(9,), text=True, props=()), (select("at huggate"), keys("at Huggate"))),
    Case("d-b25-feeds-page", "sportive",
         "start the feed stations on a fresh page, i'm giving that bit to the volunteers", "page_break",
         page_break_between("\u00a32 off any route.", "Feed stations"),
         Targets(paras=(7, 8), props=("breaks",), new_paras=2),
         (select("Feed stations"), keys("{HOME}"), click("Page Break"))),
    Case("d-b25-infeasible-email", "sportive", "can you email this out to everyone who's entered so far", "infeasible",
         unchanged()),
    Case("d-b25-public-header", "sportive", "Make the first row of the second table bold.", "public_style",
         cells_fmt(1, row=0, bold=True), Targets(cells=((1, 0, None),), props=("bold",)),
         (select_cells(2, row=1), click("Bold"))),
    # ---- batch 26: a wedding florist's quotation (florist_quote), a genre new to the set; written by a helper who
    # never read the runtime; not yet measured. Table edits told as news: a set-up time agreed (a status), a delivery
    # brought forward, an item added with the total following; then the names made bold and the venue line italic in
    # one message, the contact line by its role, a sentence by what it says, a bullet by its place, a date told without
    # quotes, a misspelt request, a range told by its ends, a letter too many inside a word, a page break, a
    # whole-document size, an order the editor cannot place and a phrase quoted
    Case("d-b26-barn-ok", "florist_quote",
         "shandy hall are fine with us setting up the centrepieces at half 12, so that one's confirmed now", "table",
         FLOR_BARN_OK, Targets(cells=((1, 3, 3),), text=True, props=()),
         (select_cells(2, row=4, column=4), keys("{HOME}+{END}Confirmed"))),
    Case("d-b26-pews-11", "florist_quote",
         "the vicar needs the pew ends in by 11 instead of half 11, there's a christening first", "table",
         FLOR_PEWS_11, Targets(cells=((1, 2, 0),), text=True, props=()), (select("11:30am"), keys("11:00am"))),
    Case("d-b26-crown", "florist_quote",
         "they've asked for a flower crown for the flower girl too, just the one at \u00a345. add it to the quote and "
         "sort the total out", "table", florist_crown_added,
         Targets(tables=(0,), new_rows=1, cells=((0, 7, None),), text=True, props=()),
         (select_cells(1, row=7), click("Rows Below"), select_cells(1, row=7, column=4),
          keys("{END}{TAB}Flower crown{TAB}1{TAB}\u00a345.00{TAB}\u00a345.00"), select("\u00a3983.00"),
          keys("\u00a31,028.00"))),
    Case("d-b26-names-venue", "florist_quote", "bold the couple's names near the top and put the venue line in italics",
         "multi_op", all_of(fmt(FLOR_NAMES, bold=True), chars_in_paras(["Venue:"], italic=True)),
         Targets(paras=(3, 5), props=("bold", "italic")),
         (select(FLOR_NAMES), click("Bold"), select("Venue: St Michael\u2019s Church, Coxwold, then Shandy Hall Barn"),
          click("Italic"))),
    Case("d-b26-contact-9", "florist_quote", "the contact line under our name can go down to 9pt, it's a bit shouty",
         "role", fmt(FLOR_CONTACT, size=9), Targets(paras=(1,), props=("size",)),
         (select(FLOR_CONTACT), value("Font Size", "9"))),
    Case("d-b26-ring-driver", "florist_quote", "highlight where it says to ring the driver instead of the shop",
         "by_content", any_of(fmt(FLOR_RING, highlight=True), fmt(FLOR_RING[:-1], highlight=True)),
         Targets(spans=(FLOR_RING,), props=("highlight",)),
         (select(FLOR_RING), value("Character Highlighting Color", "Yellow"))),
    Case("d-b26-last-included", "florist_quote",
         "underline the last bullet under what's included, it's the one couples always ask about", "by_position",
         chars_in_paras([FLOR_INCLUDED[3]], underline=True), Targets(paras=(16,), props=("underline",)),
         (select(FLOR_INCLUDED[3]), click("Underline"))),
    Case("d-b26-june", "florist_quote", "we can hold this quote till the end of june rather than may", "unquoted",
         any_of(*FLOR_JUNE), Targets(paras=(23,), text=True, props=()),
         (select("31 May 2027"), keys("30 June 2027"))),
    Case("d-b26-note-italic", "florist_quote", "cn u put the hole plese note paragrph in italix", "typo",
         chars_in_paras(["Please note:"], italic=True), Targets(paras=(22,), props=("italic",)),
         (select("Please note: " + FLOR_NOTE), click("Italic"))),
    Case("d-b26-size-12", "florist_quote",
         "everything 12pt please, tables as well \u2013 imogen's gran is getting a copy and her eyes aren't great",
         "whole_document", every_char(size=12), Targets(everything=True, props=("size",)),
         (keys("^a"), value("Font Size", "12"))),
    Case("d-b26-boring-grey", "florist_quote",
         "make everything from the what's included heading down to the last booking step grey, it's the boring bit",
         "paragraph_range", chars_in_paras(FLOR_BORING, color="grey"),
         Targets(paras=tuple(range(12, 22)), props=("color",)),
         (select("What\u2019s included"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 9 + "^+{DOWN}"),
          value("Font Color", "#808080"))),
    Case("d-b26-gypsophila", "florist_quote",
         "gypsophila has one l not two \u2013 it's wrong in the paragraph under the flowers table", "char_in_word",
         para_text_is("The bridal bouquet", FLOR_BOUQUET.replace("gypsophilla", "gypsophila")),
         Targets(paras=(9,), text=True, props=()), (select("gypsophilla"), keys("gypsophila"))),
    Case("d-b26-day-page", "florist_quote", "can on the day start on a new page? marta only needs that bit",
         "page_break", page_break_between("ivory ribbon you chose.", "On the day"),
         Targets(paras=(9, 10), props=("breaks",), new_paras=2),
         (select("On the day"), keys("{HOME}"), click("Page Break"))),
    Case("d-b26-infeasible-dahlias", "florist_quote",
         "order 40 stems of cafe au lait dahlias from the wholesaler for the 9th", "infeasible", unchanged()),
    Case("d-b26-refundable-quoted", "florist_quote",
         'underline "not refundable" please, we had a couple argue about it last summer', "quoted",
         fmt("not refundable", underline=True), Targets(spans=("not refundable",), props=("underline",)),
         (select("not refundable"), click("Underline"))),
    # ---- batch 27: a student house's bills and cleaning rota (house_bills), a genre new to the set; written by a
    # helper who never read the runtime; not yet measured. Table edits told as news: a due date moved by the supplier, a
    # bill cancelled with both totals following, a housemate covering another's week on the rota; then a phone number
    # changed with the line coloured, a row made bold and a heading italic in one message, a sort code told without
    # quotes, the line under the title by its role, a sentence by what it says, a rule by its place, a section told by
    # its ends, a whole-document font, a misspelt request, a letter too many inside a word, a page break, an app the
    # editor cannot set up and a public-benchmark instruction
    Case("d-b27-water-15", "house_bills",
         "yorkshire water have moved our direct debit to the 15th so the due date on the water's wrong now", "table",
         HOUSE_WATER_15, Targets(cells=((0, 3, 4),), text=True, props=()), (select("20th"), keys("15th"))),
    Case("d-b27-no-tv", "house_bills",
         "we're cancelling the tv licence \u2013 turns out nobody's even got a telly. take it out of the bills and fix "
         "both totals", "table", any_of(*(table_rows(0, rows) for rows in HOUSE_NO_TV)),
         Targets(tables=(0,), removed_rows=1, cells=((0, 4, None), (0, 6, 2), (0, 6, 3)), text=True, props=()),
         (select_cells(1, row=5), click("Delete Rows"), select("\u00a3349.75"), keys("\u00a3335.50"),
          select("\u00a369.95"), keys("\u00a367.10"))),
    Case("d-b27-priya-kitchen", "house_bills",
         "kwame's on placement in manchester w/c 1st nov, priya said she'll do the kitchen that week on top of bins",
         "table", HOUSE_PRIYA, Targets(cells=((1, 5, 1),), text=True, props=()),
         (select_cells(2, row=6, column=2), keys("{HOME}+{END}Priya"))),
    Case("d-b27-landlord-red", "house_bills",
         "mrs akande's got a new number, 01632 960815 \u2013 change it and can her line go red? she's who you ring if "
         "the boiler packs in", "multi_op",
         all_of(para_text_is("Landlord:", "Landlord: Mrs Dorothy Akande (01632 960815)"),
                chars_in_paras(["Landlord:"], color="red")),
         Targets(paras=(3,), text=True, props=("color",)),
         (select("01632 960731"), keys("01632 960815"), select("Landlord: Mrs Dorothy Akande (01632 960815)"),
          value("Font Color", "Red"))),
    Case("d-b27-total-rules", "house_bills",
         "bold the total row in the bills table, and pop the house rules heading in italics while ur at it", "multi_op",
         all_of(cells_fmt(0, row=6, bold=True), fmt("House rules", italic=True)),
         Targets(paras=(15,), cells=((0, 6, None),), props=("bold", "italic")),
         (select_cells(1, row=7), click("Bold"), select("House rules"), click("Italic"))),
    Case("d-b27-sort-code", "house_bills",
         "sort code ends in 75 not 04, my typo \u2013 nearly had everyone paying a stranger", "unquoted",
         para_text_is("Pay \u00a370", HOUSE_PAY.replace("04-00-04", "04-00-75")),
         Targets(paras=(8,), text=True, props=()), (select("04-00-04"), keys("04-00-75"))),
    Case("d-b27-line-9", "house_bills",
         "the line straight under the title \u2013 knock it down to 9pt so it fits on one line", "role",
         fmt(HOUSE_LINE, size=9), Targets(paras=(1,), props=("size",)),
         (select(HOUSE_LINE), value("Font Size", "9"))),
    Case("d-b27-exemption-hl", "house_bills",
         "highlight the sentence about keeping your exemption letter, sam lost his last year and the council chased us "
         "for months", "by_content",
         any_of(fmt(HOUSE_EXEMPT, highlight=True), fmt(HOUSE_EXEMPT[:-1], highlight=True)),
         Targets(spans=(HOUSE_EXEMPT,), props=("highlight",)),
         (select(HOUSE_EXEMPT), value("Character Highlighting Color", "Yellow"))),
    Case("d-b27-second-rule", "house_bills",
         "underline the 2nd house rule, there's been a yoghurt in there since freshers", "by_position",
         chars_in_paras([HOUSE_RULES[1]], underline=True), Targets(paras=(17,), props=("underline",)),
         (select(HOUSE_RULES[1]), click("Underline"))),
    Case("d-b27-paying-11", "house_bills",
         "everything from the paying in heading down to the last of the can't-pay steps, make it all 11pt",
         "paragraph_range", chars_in_paras(HOUSE_RANGE, size=11), Targets(paras=(7, 8, 9, 10, 11, 12), props=("size",)),
         (select("Paying in"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 5 + "^+{DOWN}"), value("Font Size", "11"))),
    Case("d-b27-georgia", "house_bills",
         "can the whole thing go in georgia, tables and all? tahoma makes it look like a council tax bill lol",
         "whole_document", every_char(font="Georgia"), Targets(everything=True, props=("font",)),
         (keys("^a"), value("Font Name", "Georgia"))),
    Case("d-b27-recycling-blue", "house_bills",
         "cn u make the recyling paragraf blu, evry1 keeps getting the bins rong",
         "typo", chars_in_paras(["Recycling:"], color="blue"), Targets(paras=(20,), props=("color",)),
         (select("Recycling: " + HOUSE_RECYCLE), value("Font Color", "Blue"))),
    Case("d-b27-exemption", "house_bills",
         "exemption has a c in it that shouldn't be there \u2013 the bit under the bills table", "char_in_word",
         para_text_is("The energy bill", HOUSE_BILLS_NOTE.replace("excemption", "exemption")),
         Targets(paras=(6,), text=True, props=()), (select("excemption"), keys("exemption"))),
    Case("d-b27-rota-page", "house_bills",
         "start the cleaning rota on a new page pls, i'm sticking that page on the fridge", "page_break",
         page_break_between("next house meeting.", "Cleaning rota"),
         Targets(paras=(12, 13), props=("breaks",), new_paras=2),
         (select("Cleaning rota"), keys("{HOME}"), click("Page Break"))),
    Case("d-b27-infeasible-splitwise", "house_bills",
         "can u set this up on splitwise so everyone gets a reminder on the 1st", "infeasible", unchanged()),
    Case("d-b27-public-due", "house_bills", "Center the text in the last column of the first table.", "public_style",
         cells_para(0, col=4, align="center"), Targets(cells=((0, None, 4),), props=("align",)),
         (select_cells(1, column=5), click("Align Center"))),
    # ---- batch 28: a driving instructor's prices and lesson plan for a pupil (driving_lessons), a genre new to the
    # set; written by a helper who never read the runtime; not yet measured. Table edits told as news: a lesson moved
    # to the next day, a kind of lesson dropped, two prices going up; then a test time changed with the line made bold,
    # a heading coloured and a label line italic in one message, a period told without quotes, the sign-off by its
    # role, a sentence by what it says, a bullet by its place, a range told by its ends, a whole-document alignment, a
    # misspelt request, a missing letter inside a word, a page break, a booking the editor cannot make and a
    # public-benchmark instruction
    Case("d-b28-sun-20", "driving_lessons",
         "have to move sat 19th to the sunday, same time \u2013 it's my nephew's christening on the saturday", "table",
         DRIVE_SUN_20, Targets(cells=((1, 2, 0),), text=True, props=()), (select("Sat 19 June"), keys("Sun 20 June"))),
    Case("d-b28-no-motorway", "driving_lessons",
         "i'm not doing motorway lessons any more, the insurance wanted double. can that row come off the prices",
         "table", table_rows(0, [*DRIVE_PRICES[:4], DRIVE_PRICES[5]]), Targets(tables=(0,), removed_rows=1),
         (select_cells(1, row=5), click("Delete Rows"))),
    Case("d-b28-prices-up", "driving_lessons",
         "prices go up on 1 july \u2013 singles are \u00a340 and doubles \u00a376 from then. might as well change them "
         "on here now", "table", DRIVE_PRICES_UP, Targets(cells=((0, 1, 2), (0, 2, 2)), text=True, props=()),
         (select("\u00a338.00"), keys("\u00a340.00"), select("\u00a372.00"), keys("\u00a376.00"))),
    Case("d-b28-test-1015", "driving_lessons",
         "dvsa have moved her test to 10:15, same day. can you change it and bold the whole test line so she doesn't "
         "miss it", "multi_op", all_of(any_of(*DRIVE_TEST_1015), chars_in_paras(["Test booked:"], bold=True)),
         Targets(paras=(4,), text=True, props=("bold",)),
         (select("10:42am"), keys("10:15am"),
          select("Test booked: Thursday 9 September 2027, 10:15am, Harrogate test centre"), click("Bold"))),
    Case("d-b28-plan-car", "driving_lessons", "lesson plan heading in green please, and put the car line in italics",
         "multi_op", all_of(fmt("Your lesson plan", color="green"), chars_in_paras(["Car:"], italic=True)),
         Targets(paras=(3, 9), props=("color", "italic")),
         (select("Your lesson plan"), value("Font Color", "Green"),
          select("Car: Manual Ford Fiesta with dual controls"), click("Italic"))),
    Case("d-b28-six-months", "driving_lessons",
         "blocks can be used over six months now, not four \u2013 gives people a bit of breathing space", "unquoted",
         any_of(*DRIVE_SIX_MONTHS), Targets(paras=(8,), text=True, props=()),
         (select("four months"), keys("six months"))),
    Case("d-b28-sign-off-italic", "driving_lessons", "my sign-off at the bottom, all three lines of it, in italics pls",
         "role", chars_in_paras(DRIVE_SIGN_OFF, italic=True), Targets(paras=(22, 23, 24), props=("italic",)),
         (select("Safe driving,"), keys("{HOME}+{DOWN}+{DOWN}+{END}"), click("Italic"))),
    Case("d-b28-pickup-hl", "driving_lessons",
         "highlight where i say i'll pick her up from home, her mum asked me about that", "by_content",
         any_of(fmt(DRIVE_PICKUP, highlight=True), fmt(DRIVE_PICKUP[:-1], highlight=True)),
         Targets(spans=(DRIVE_PICKUP,), props=("highlight",)),
         (select(DRIVE_PICKUP), value("Character Highlighting Color", "Yellow"))),
    Case("d-b28-third-bring", "driving_lessons",
         "bold the third bullet under before each lesson, she turned up without hers last week and we lost 20 mins",
         "by_position", chars_in_paras([DRIVE_BRING[2]], bold=True), Targets(paras=(14,), props=("bold",)),
         (select(DRIVE_BRING[2]), click("Bold"))),
    Case("d-b28-range-italic", "driving_lessons",
         "italics for everything from the paragraph under the lesson plan down to the last cancelling step",
         "paragraph_range", chars_in_paras(DRIVE_RANGE, italic=True),
         Targets(paras=tuple(range(10, 20)), props=("italic",)),
         (select("I\u2019ll pick you up"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 9 + "^+{DOWN}"), click("Italic"))),
    Case("d-b28-justify", "driving_lessons",
         "could the whole thing be justified, both edges straight? looks more professional when parents see it",
         "whole_document", every_para(cells=False, align="justify"), Targets(everything=True, props=("align",)),
         (keys("^a"), click("Justified"))),
    Case("d-b28-test-underline", "driving_lessons", "cud u undrline the tst date, she keeps forgettin wich day it is",
         "typo", fmt("Thursday 9 September 2027", underline=True), Targets(paras=(4,), props=("underline",)),
         (select("Thursday 9 September 2027"), click("Underline"))),
    Case("d-b28-library", "driving_lessons",
         "library's missing its first r in the highway code bit near the end", "char_in_word",
         para_text_is("Keep going", DRIVE_THEORY.replace("libary", "library")),
         Targets(paras=(21,), text=True, props=()), (select("libary"), keys("library"))),
    Case("d-b28-plan-page", "driving_lessons",
         "can the lesson plan start on a fresh page? her mum wants to print just that bit for the fridge",
         "page_break", page_break_between("show me the certificate.", "Your lesson plan"),
         Targets(paras=(8, 9), props=("breaks",), new_paras=2),
         (select("Your lesson plan"), keys("{HOME}"), click("Page Break"))),
    Case("d-b28-infeasible-dvsa", "driving_lessons",
         "keep an eye on the dvsa site and grab her an earlier test if a slot comes up", "infeasible", unchanged()),
    Case("d-b28-public-first-col", "driving_lessons", "Make the first column of the first table italic.",
         "public_style", cells_fmt(0, col=0, italic=True), Targets(cells=((0, None, 0),), props=("italic",)),
         (select_cells(1, column=1), click("Italic"))),
    # ---- batch 29: a garden centre's plant order and care sheet (garden_order), a genre new to the set; written by a
    # helper who never read the runtime; not yet measured. Table edits told as news: a smaller pot sent, a plant
    # dropped with the total following, a plant added under another with the total following; then an order number
    # corrected and highlighted in one message, a header row and a heading formatted in one message, a place told
    # without quotes, the title by its role, a sentence by what it says, a bullet by its place, a section told by its
    # parts, a whole-document font, a misspelt request, a missing letter inside a word, a page break, a stock check the
    # editor cannot make and a public-benchmark instruction
    Case("d-b29-rose-pot", "garden_order",
         "the gertrude jekyll only came in a 4 litre pot this year, they'd run out of the 6s. price stays the same",
         "table", GARDEN_ROSE_4, Targets(cells=((0, 5, 1),), text=True, props=()),
         (select("6 litre"), keys("4 litre"))),
    Case("d-b29-no-anemones", "garden_order",
         "scrap the anemones \u2013 mrs okafor says next door's have crept under the fence and she's got loads now. "
         "total needs redoing", "table", any_of(*(table_rows(0, rows) for rows in GARDEN_NO_ANEMONE)),
         Targets(tables=(0,), removed_rows=1, cells=((0, 7, 4),), text=True, props=()),
         (select_cells(1, row=5), click("Delete Rows"), select("\u00a3281.94"), keys("\u00a3239.94"))),
    Case("d-b29-foxgloves", "garden_order",
         "she rang back, wants 3 foxgloves as well (the 2 litre ones, 5.50 each). pop them in under the rose and fix "
         "the total", "table", garden_foxgloves_added,
         Targets(tables=(0,), new_rows=1, cells=((0, 7, 4),), text=True, props=()),
         (select_cells(1, row=6), click("Rows Below"), select_cells(1, row=6, column=5),
          keys("{END}{TAB}Foxglove{TAB}2 litre{TAB}3{TAB}\u00a35.50{TAB}\u00a316.50"), select("\u00a3281.94"),
          keys("\u00a3298.44"))),
    Case("d-b29-order-no", "garden_order",
         "order no is HL-3381 not 3318, i got the last two digits the wrong way round. highlight it as well so the "
         "driver can match it to the tickets on the trays", "multi_op",
         all_of(para_text_is("Order no:", "Order no: HL-3381"), fmt("HL-3381", highlight=True)),
         Targets(paras=(2,), text=True, props=("highlight",)),
         (select("HL-3318"), keys("HL-3381"), select("HL-3381"), value("Character Highlighting Color", "Yellow"))),
    Case("d-b29-care-header", "garden_order",
         "header row on the through the year table wants bolding like the order one has, and can aftercare go green",
         "multi_op", all_of(cells_fmt(1, row=0, bold=True), fmt("Aftercare", color="green")),
         Targets(paras=(14,), cells=((1, 0, None),), props=("bold", "color")),
         (select_cells(2, row=1), click("Bold"), select("Aftercare"), value("Font Color", "Green"))),
    Case("d-b29-pershore", "garden_order",
         "the salvias are coming out of the pershore nursery this time not evesham, evesham's sold out", "unquoted",
         GARDEN_PERSHORE, Targets(paras=(7,), text=True, props=()), (select("Evesham"), keys("Pershore"))),
    Case("d-b29-title-green", "garden_order",
         "title in dark green please, same green as the logo on the vans", "role",
         fmt(GARDEN_TITLE, color="green"), Targets(paras=(0,), props=("color",)),
         (select(GARDEN_TITLE), value("Font Color", "#1E5631"))),
    Case("d-b29-signed-for", "garden_order",
         "underline where it says somebody has to be in to sign for the plants \u2013 they were out last time and the "
         "whole lot came back on the van", "by_content",
         any_of(fmt(GARDEN_SIGN, underline=True), fmt(GARDEN_SIGN[:-1], underline=True)),
         Targets(spans=(GARDEN_SIGN,), props=("underline",)), (select(GARDEN_SIGN), click("Underline"))),
    Case("d-b29-middle-tip", "garden_order",
         "make the middle one of the good to know bullets bold, the rose can't go in till that's sorted",
         "by_position", chars_in_paras([GARDEN_TIPS[1]], bold=True), Targets(paras=(19,), props=("bold",)),
         (select(GARDEN_TIPS[1]), click("Bold"))),
    Case("d-b29-planting-spacing", "garden_order",
         "the heavy clay paragraph and the 4 numbered steps after it \u2013 1.5 line spacing on those pls, it's "
         "cramped", "paragraph_range", paras_all([GARDEN_SPACING, *GARDEN_STEPS], line=1.5),
         Targets(paras=(9, 10, 11, 12, 13), props=("line",)),
         (select("Your soil is heavy clay"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 4 + "^+{DOWN}"),
          value("Line Spacing", "1.5"))),
    Case("d-b29-cambria", "garden_order",
         "can the whole sheet go in cambria, tables and all? perpetua comes out really faint on the till printer",
         "whole_document", every_char(font="Cambria"), Targets(everything=True, props=("font",)),
         (keys("^a"), value("Font Name", "Cambria"))),
    Case("d-b29-guarantee-italic", "garden_order", "cud u put the gaurantee bit in itallics, noone evr reads it",
         "typo", chars_in_paras(["Guarantee:"], italic=True), Targets(paras=(21,), props=("italic",)),
         (select("Guarantee: " + GARDEN_GUARANTEE), click("Italic"))),
    Case("d-b29-perennials", "garden_order", "perennials is short of an n in the bit about the clay soil",
         "char_in_word", para_text_is("Your soil is heavy", GARDEN_SPACING.replace("perenials", "perennials")),
         Targets(paras=(9,), text=True, props=()), (select("perenials"), keys("perennials"))),
    Case("d-b29-aftercare-page", "garden_order",
         "can aftercare start on its own page? that's the page they'll pin up in the shed", "page_break",
         page_break_between("with your hands and water well.", "Aftercare"),
         Targets(paras=(13, 14), props=("breaks",), new_paras=2),
         (select("Aftercare"), keys("{HOME}"), click("Page Break"))),
    Case("d-b29-infeasible-stock", "garden_order",
         "have a look at the evesham stock list and see if they've got any more rozanne left", "infeasible",
         unchanged()),
    Case("d-b29-public-size", "garden_order", 'Change the font size of the heading "Your order" to 16.',
         "public_style", fmt("Your order", size=16), Targets(paras=(6,), props=("size",)),
         (select("Your order"), value("Font Size", "16"))),
    # ---- batch 30: a small gym's class timetable and membership prices (gym_timetable), a genre new to the set;
    # written by a helper who never read the runtime; not yet measured. Table edits told as news: an instructor
    # covering a class, a class dropped, a membership added under another; then a class time (one of two equal times)
    # changed with the address line centred in one message, a heading and a row formatted in one message, a fee told
    # without quotes, the name at the top by its role, a sentence by what it says, a bullet by its place, a range told
    # by its ends, a whole-document colour, a misspelt request, a letter too many inside a word, a page break, an app
    # the editor cannot update and a public-benchmark instruction
    Case("d-b30-lewis-spin", "gym_timetable",
         "marcus has done his knee in so lewis is covering monday night spin till easter", "table", GYM_LEWIS,
         Targets(cells=((0, 2, 3),), text=True, props=()), (select("Marcus"), keys("Lewis"))),
    Case("d-b30-no-pilates", "gym_timetable",
         "hardly anyone comes to the tuesday lunchtime pilates so we're dropping it, can it come off the timetable",
         "table", table_rows(0, [*GYM_CLASSES[:3], *GYM_CLASSES[4:]]), Targets(tables=(0,), removed_rows=1),
         (select_cells(1, row=4), click("Delete Rows"))),
    Case("d-b30-family", "gym_timetable",
         "we're launching a family membership from april \u2013 2 adults and up to 2 kids, \u00a365 a month, "
         "unlimited classes. stick it in under couples", "table", gym_family_added,
         Targets(tables=(1,), new_rows=1),
         (select_cells(2, row=5), click("Rows Below"), select_cells(2, row=5, column=3),
          keys("{END}{TAB}Family (two adults, up to two children){TAB}\u00a365.00{TAB}Unlimited"))),
    Case("d-b30-boxfit-address", "gym_timetable",
         "boxfit's moving to half 7 on thursdays. oh and centre the address line under our name while you're in "
         "there", "multi_op", all_of(GYM_BOXFIT_730, para(GYM_ADDRESS, align="center")),
         Targets(paras=(1,), cells=((0, 5, 1),), text=True, props=("align",)),
         (select_cells(1, row=6, column=2), keys("{HOME}+{END}7:30pm"), select(GYM_ADDRESS), click("Align Center"))),
    Case("d-b30-prices-student", "gym_timetable",
         "underline the membership prices heading and put the student row in italics, we're pushing that one at "
         "freshers' fair", "multi_op",
         all_of(fmt("Membership prices", underline=True), cells_fmt(1, row=3, italic=True)),
         Targets(paras=(8,), cells=((1, 3, None),), props=("underline", "italic")),
         (select("Membership prices"), click("Underline"), select_cells(2, row=4), click("Italic"))),
    Case("d-b30-freeze-4", "gym_timetable", "freezing is only 4 quid a month now, not 5 \u2013 head office changed it",
         "unquoted", any_of(*GYM_FREEZE_4), Targets(paras=(9,), text=True, props=()),
         (select("\u00a35 a month"), keys("\u00a34 a month"))),
    Case("d-b30-name-28", "gym_timetable",
         "our name right at the top \u2013 can it be 28pt? it gets lost on the noticeboard next to the leisure "
         "centre's",
         "role", fmt("IronWorks Community Gym", size=28), Targets(paras=(0,), props=("size",)),
         (select("IronWorks Community Gym"), value("Font Size", "28"))),
    Case("d-b30-cancel-hl", "gym_timetable",
         "highlight the sentence about cancelling 2 hours before, we had six no-shows at spin last week", "by_content",
         any_of(fmt(GYM_CANCEL, highlight=True), fmt(GYM_CANCEL[:-1], highlight=True)),
         Targets(spans=(GYM_CANCEL,), props=("highlight",)),
         (select(GYM_CANCEL), value("Character Highlighting Color", "Yellow"))),
    Case("d-b30-last-rule", "gym_timetable", "last of the etiquette bullets in red pls, people just ignore it",
         "by_position", chars_in_paras([GYM_RULES[3]], color="red"), Targets(paras=(19,), props=("color",)),
         (select(GYM_RULES[3]), value("Font Color", "Red"))),
    Case("d-b30-first-visit-11", "gym_timetable",
         "from the before your first visit heading down to the end of the induction paragraph, 11pt for all of that",
         "paragraph_range", chars_in_paras(GYM_FIRST_VISIT, size=11),
         Targets(paras=(10, 11, 12, 13, 14), props=("size",)),
         (select("Before your first visit"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 4 + "^+{DOWN}"),
          value("Font Size", "11"))),
    Case("d-b30-grey", "gym_timetable",
         "could all the text go dark grey? tables too \u2013 it's going on the screen by the door and it looks harsh",
         "whole_document", every_char(color="grey"), Targets(everything=True, props=("color",)),
         (keys("^a"), value("Font Color", "#404040"))),
    Case("d-b30-lockers-bold", "gym_timetable", "cn u make teh lockers bit bold, ppl keep leavin stuf in them overnite",
         "typo", chars_in_paras(["Lockers:"], bold=True), Targets(paras=(20,), props=("bold",)),
         (select("Lockers: " + GYM_LOCKERS), click("Bold"))),
    Case("d-b30-equipment", "gym_timetable",
         "equipment's got an extra e in the middle in the induction paragraph", "char_in_word",
         para_text_is("Nobody can use", GYM_INDUCTION.replace("equipement", "equipment")),
         Targets(paras=(14,), text=True, props=()), (select("equipement"), keys("equipment"))),
    Case("d-b30-prices-page", "gym_timetable",
         "membership prices on a new page please, we print that page on its own for the front window", "page_break",
         page_break_between("can have your place.", "Membership prices"),
         Targets(paras=(7, 8), props=("breaks",), new_paras=2),
         (select("Membership prices"), keys("{HOME}"), click("Page Break"))),
    Case("d-b30-infeasible-app", "gym_timetable",
         "can you put these classes into the booking app so people can start booking from monday", "infeasible",
         unchanged()),
    Case("d-b30-public-align", "gym_timetable", "Right-align the second column of the second table.", "public_style",
         cells_para(1, col=1, align="right"), Targets(cells=((1, None, 1),), props=("align",)),
         (select_cells(2, column=2), click("Align Right"))),
    # ---- batch 31: a caravan and camping park's pitch prices and site rules (caravan_site), a genre new to the set;
    # written by a helper who never read the runtime; not yet measured. Table edits told as news: a nightly price gone
    # up, a pitch type dropped, an extra added at the bottom; then an opening time changed with a label line bolded in
    # one message, a heading and a row formatted in one message, a deposit told without quotes, the line under the
    # title by its role, a sentence by what it says, a rule by its place, a section told by its ends, a whole-document
    # colour, a misspelt request, a letter missing inside a word, a page break, a booking check the editor cannot make
    # and a public-benchmark instruction
    Case("d-b31-riverside-36", "caravan_site",
         "riverside pitches are \u00a336 a night from may, head office put them up. weekly price stays as it is",
         "table", CARAVAN_RIVERSIDE_36, Targets(cells=((0, 4, 1),), text=True, props=()),
         (select("\u00a334.00"), keys("\u00a336.00"))),
    Case("d-b31-no-bell-tent", "caravan_site",
         "the bell tent's gone for good, canvas rotted over the winter. take it off the price list pls", "table",
         table_rows(0, CARAVAN_PRICES[:5]), Targets(tables=(0,), removed_rows=1),
         (select_cells(1, row=6), click("Delete Rows"))),
    Case("d-b31-ev-charging", "caravan_site",
         "the ev charger by the big barn is finally working! \u00a38 a charge. can it go on the bottom of the extras",
         "table", caravan_charging_added, Targets(tables=(1,), new_rows=1),
         (select_cells(2, row=6), click("Rows Below"), select_cells(2, row=6, column=2),
          keys("{END}{TAB}Electric car charging{TAB}\u00a38.00 a charge"))),
    Case("d-b31-reception-wardens", "caravan_site",
         "reception opens at 8 now rather than half 8 (alan's decided he's a morning person). also could the wardens "
         "line be bold all the way along", "multi_op",
         all_of(any_of(*CARAVAN_RECEPTION_8), chars_in_paras(["Wardens:"], bold=True)),
         Targets(paras=(2, 3), text=True, props=("bold",)),
         (select("8:30am"), keys("8:00am"), select("Wardens: Gwen and Alan Treharne, 07700 900538"), click("Bold"))),
    Case("d-b31-prices-riverside", "caravan_site",
         "underline the pitch prices heading, and the riverside row wants to be bold \u2013 those are the ones we "
         "need to shift this summer", "multi_op",
         all_of(fmt("Pitch prices", underline=True), cells_fmt(0, row=4, bold=True)),
         Targets(paras=(6,), cells=((0, 4, None),), props=("underline", "bold")),
         (select("Pitch prices"), click("Underline"), select_cells(1, row=5), click("Bold"))),
    Case("d-b31-deposit-50", "caravan_site",
         "deposit is 50 quid from now on, the no-shows last august cost us a fortune", "unquoted",
         any_of(*CARAVAN_DEPOSIT_50), Targets(paras=(7,), text=True, props=()),
         (select("\u00a340"), keys("\u00a350"))),
    Case("d-b31-line-italic", "caravan_site", "i think the line just under the title would look nicer in italics",
         "role", chars_in_paras([CARAVAN_LINE], italic=True), Targets(paras=(1,), props=("italic",)),
         (select(CARAVAN_LINE), click("Italic"))),
    Case("d-b31-hookup-hl", "caravan_site",
         "highlight where it says not to run the kettle and the heater together, the trip switch has gone three "
         "times this week", "by_content",
         any_of(fmt(CARAVAN_HOOKUP, highlight=True), fmt(CARAVAN_HOOKUP[:-1], highlight=True)),
         Targets(spans=(CARAVAN_HOOKUP,), props=("highlight",)),
         (select(CARAVAN_HOOKUP), value("Character Highlighting Color", "Yellow"))),
    Case("d-b31-fourth-rule", "caravan_site",
         "4th rule down in bold please. still scorch marks on pitch 12 from last weekend", "by_position",
         chars_in_paras([CARAVAN_RULES[3]], bold=True), Targets(paras=(14,), props=("bold",)),
         (select(CARAVAN_RULES[3]), click("Bold"))),
    Case("d-b31-rules-italic", "caravan_site",
         "everything from the site rules heading down to the last rule, italics for all of that", "paragraph_range",
         chars_in_paras(CARAVAN_SITE_RULES, italic=True), Targets(paras=(10, 11, 12, 13, 14, 15), props=("italic",)),
         (select("Site rules"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 5 + "^+{DOWN}"), click("Italic"))),
    Case("d-b31-green", "caravan_site",
         "can all the text go dark green? headings and tables as well, it's to match the new sign on the gate",
         "whole_document", every_char(color="green"), Targets(everything=True, props=("color",)),
         (keys("^a"), value("Font Color", "#1E5631"))),
    Case("d-b31-note-underline", "caravan_site", "cn u undrline the plese note bit abuot the river, its importent",
         "typo", chars_in_paras(["Please note:"], underline=True), Targets(paras=(21,), props=("underline",)),
         (select("Please note: " + CARAVAN_NOTE), click("Underline"))),
    Case("d-b31-environment", "caravan_site",
         "the welcome paragraph says enviroment \u2013 it's lost the n before the m", "char_in_word",
         para_text_is("Bramblecombe is a working", CARAVAN_WELCOME.replace("enviroment", "environment")),
         Targets(paras=(5,), text=True, props=()), (select("enviroment"), keys("environment"))),
    Case("d-b31-rules-page", "caravan_site",
         "site rules on their own page please, that page goes in the laminated folder in every static", "page_break",
         page_break_between("in cash or by card.", "Site rules"),
         Targets(paras=(9, 10), props=("breaks",), new_paras=2),
         (select("Site rules"), keys("{HOME}"), click("Page Break"))),
    Case("d-b31-infeasible-booking", "caravan_site",
         "can u look on the bookings system and see if pitch 14 is free the last week of august", "infeasible",
         unchanged()),
    Case("d-b31-public-extras", "caravan_site", 'Apply italic formatting to the heading "Extras".', "public_style",
         fmt("Extras", italic=True), Targets(paras=(8,), props=("italic",)), (select("Extras"), click("Italic"))),
    # ---- batch 32: a local history society's talk programme (history_talks), a genre new to the set; written by a
    # helper who never read the runtime; not yet measured. Table edits told as news: a speaker standing in, a social
    # cancelled, a talk added at the end; then two times changed with their line bolded in one message, a heading and a
    # fees row formatted in one message, a discount told without quotes, the sign-off by its role, a sentence by what it
    # says, a bullet by its place, a section told by its parts, a whole-document font, a misspelt request, a letter
    # missing inside a word, a page break, an email the editor cannot send and a public-benchmark instruction
    Case("d-b32-tollhouses-morgan", "history_talks",
         "margaret ashdown's had to pull out of january, her husband isn't well. dr rhys morgan from the county record "
         "office is doing the tollhouses talk instead", "table", HIST_MORGAN,
         Targets(cells=((0, 4, 2),), text=True, props=()), (select("Margaret Ashdown"), keys("Dr Rhys Morgan"))),
    Case("d-b32-no-social", "history_talks",
         "no christmas social this year sadly \u2013 the hall double booked us. can it come out of the talks table",
         "table", table_rows(0, [*HIST_TALKS[:3], *HIST_TALKS[4:]]), Targets(tables=(0,), removed_rows=1),
         (select_cells(1, row=4), click("Delete Rows"))),
    Case("d-b32-april-talk", "history_talks",
         "good news, kath doyle's said yes to april \u2013 14th, thornleigh's pubs past and present. stick her on the "
         "end of the talks", "table", hist_april_added, Targets(tables=(0,), new_rows=1),
         (select_cells(1, row=7), click("Rows Below"), select_cells(1, row=7, column=3),
          keys("{END}{TAB}14 April{TAB}Thornleigh Pubs Past and Present{TAB}Kath Doyle"))),
    Case("d-b32-meetings-7", "history_talks",
         "we're starting at 7 from now on with doors at half 6 \u2013 and can that meetings line go bold so nobody "
         "misses the change", "multi_op", all_of(any_of(*HIST_MEETINGS_7), chars_in_paras(["Meetings:"], bold=True)),
         Targets(paras=(4,), text=True, props=("bold",)),
         (select("doors open at 7:00pm"), keys("doors open at 6:30pm"), select("7:30pm"), keys("7:00pm"),
          select("Meetings: second Wednesday of the month, 7:00pm (doors open at 6:30pm)"), click("Bold"))),
    Case("d-b32-season-student", "history_talks",
         "underline the also this season heading, and make the student row green, we're trying to get the sixth "
         "formers along", "multi_op",
         all_of(fmt("Also this season", underline=True), cells_fmt(1, row=3, color="green")),
         Targets(paras=(15,), cells=((1, 3, None),), props=("underline", "color")),
         (select("Also this season"), click("Underline"), select_cells(2, row=4), value("Font Color", "Green"))),
    Case("d-b32-discount-15", "history_talks",
         "members get 15% off our books now, the committee voted it through on tuesday", "unquoted",
         any_of(*HIST_DISCOUNT_15), Targets(paras=(10,), text=True, props=()), (select("10%"), keys("15%"))),
    Case("d-b32-signoff-italic", "history_talks", "sign-off at the bottom in italics please, all three lines of it",
         "role", HIST_SIGN_OFF, Targets(paras=(22, 23, 24), props=("italic",)),
         (select("With best wishes,"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 2 + "^+{DOWN}"), click("Italic"))),
    Case("d-b32-weather-bold", "history_talks",
         "bold the bit telling people to check the website if the weather's bad. we had folk drive over in the snow "
         "last feb for a talk that was off", "by_content",
         any_of(fmt(HIST_WEATHER, bold=True), fmt(HIST_WEATHER[:-1], bold=True)),
         Targets(spans=(HIST_WEATHER,), props=("bold",)), (select(HIST_WEATHER), click("Bold"))),
    Case("d-b32-first-event", "history_talks",
         "first of the also this season bullets in red pls, jean needs numbers for it by easter", "by_position",
         chars_in_paras([HIST_EVENTS[0]], color="red"), Targets(paras=(16,), props=("color",)),
         (select(HIST_EVENTS[0]), value("Font Color", "Red"))),
    Case("d-b32-join-purple", "history_talks",
         "how to join and the three steps under it \u2013 can they all go purple to match the new membership cards?",
         "paragraph_range", chars_in_paras(HIST_HOW_TO_JOIN, color="purple"),
         Targets(paras=(11, 12, 13, 14), props=("color",)),
         (select("How to join"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 3 + "^+{DOWN}"), value("Font Color", "#7030A0"))),
    Case("d-b32-times", "history_talks",
         "switch the whole programme over to times new roman, tables included \u2013 goudy comes out all spindly on "
         "the library's printer", "whole_document", every_char(font="Times New Roman"),
         Targets(everything=True, props=("font",)), (keys("^a"), value("Font Name", "Times New Roman"))),
    Case("d-b32-name-centre", "history_talks",
         "cna you centr the socitey name at the top, it looks wonky over on the left", "typo",
         para("Thornleigh Local History Society", align="center"), Targets(paras=(0,), props=("align",)),
         (select("Thornleigh Local History Society"), click("Align Center"))),
    Case("d-b32-library", "history_talks", "library's missing its first r in the bit about old photos", "char_in_word",
         para_text_is("If you have old photographs", HIST_ARCHIVE.replace("libary", "library")),
         Targets(paras=(21,), text=True, props=()), (select("libary"), keys("library"))),
    Case("d-b32-membership-page", "history_talks",
         "membership section on a fresh page please, we hand that page out as the joining form", "page_break",
         page_break_between("if a talk is called off.", "Membership"),
         Targets(paras=(8, 9), props=("breaks",), new_paras=2),
         (select("Membership"), keys("{HOME}"), click("Page Break"))),
    Case("d-b32-infeasible-email", "history_talks",
         "could you email this round to everyone on the members list before friday", "infeasible", unchanged()),
    Case("d-b32-public-spacing", "history_talks",
         'Set the line spacing of the paragraph that begins with "Each talk lasts" to double.', "public_style",
         para("Each talk lasts", line=2.0), Targets(paras=(8,), props=("line",)),
         (select("Each talk lasts"), value("Line Spacing", "2"))),
    # ---- batch 35: a small theatre group's audition notice (audition_notice), a genre new to the set; written by a
    # helper who never read the runtime; not yet measured. Table edits told as news: a slot moved (one of two equal
    # times), the recalls dropped, a column formatted; then a phone number changed with a label line bolded in one
    # message, three changes under one heading in one message, two sentences by what they say, a section told by its
    # ends, the name at the top by its role, a whole-document size, a fee told without quotes, a misspelt request, a
    # bullet by its place, a letter missing inside a word, printing the editor cannot do and a public-benchmark
    # instruction
    Case("d-b35-bradman-3", "audition_notice",
         "the bradmans' sunday slot has to move from 2 to 3, there's a christening in the hall till half 2", "table",
         AUD_BRADMAN_3, Targets(cells=((1, 5, 1),), text=True, props=()),
         (select_cells(2, row=6, column=2), keys("{HOME}+{END}3:00pm"))),
    Case("d-b35-no-recalls", "audition_notice",
         "fiona's not doing recalls this time, she says she'll decide on the day. take that line off the schedule pls",
         "table", table_rows(1, AUD_SCHEDULE[:6]), Targets(tables=(1,), removed_rows=1),
         (select_cells(2, row=7), click("Delete Rows"))),
    Case("d-b35-ages-italic", "audition_notice",
         "can the playing ages go in italics, the whole column? people read them as hard rules and then don't turn up",
         "table", AUD_AGES_ITALIC, Targets(cells=((0, None, 1),), props=("italic",)),
         (select_cells(1, column=2), click("Italic"))),
    Case("d-b35-contact-director", "audition_notice",
         "ruth's changed her number, it's 07700 900872 now. and can the director line go bold all the way along",
         "multi_op", all_of(AUD_CONTACT_NEW, chars_in_paras(["Director:"], bold=True)),
         Targets(paras=(3, 5), text=True, props=("bold",)),
         (select("07700 900614"), keys("07700 900872"), select("Director: Fiona Garside"), click("Bold"))),
    Case("d-b35-cast-changes", "audition_notice",
         "few changes under if you are cast: membership's \u00a335 this season, rehearsals start at 7 now not half 7 "
         "(finish time's the same), and can that heading be underlined", "multi_op",
         all_of(any_of(*AUD_MEMBERS_35), any_of(*AUD_REHEARSE_7), fmt("If you are cast", underline=True)),
         Targets(paras=(17, 18, 19), text=True, props=("underline",)),
         (select("\u00a330"), keys("\u00a335"), select("7:30pm"), keys("7:00pm"), select("If you are cast"),
          click("Underline"))),
    Case("d-b35-learn-hl", "audition_notice",
         "highlight the sentence saying they don't have to learn anything first \u2013 half of last year's lot turned "
         "up word perfect and it threw everyone", "by_content",
         any_of(fmt(AUD_LEARN, highlight=True), fmt(AUD_LEARN[:-1], highlight=True)),
         Targets(spans=(AUD_LEARN,), props=("highlight",)),
         (select(AUD_LEARN), value("Character Highlighting Color", "Yellow"))),
    Case("d-b35-commit-bold", "audition_notice",
         "bold the bit asking people not to audition if they can't make most of the rehearsals, we lost two of the "
         "cast by october last time", "by_content",
         any_of(fmt(AUD_COMMIT, bold=True), fmt(AUD_COMMIT[:-1], bold=True)),
         Targets(spans=(AUD_COMMIT,), props=("bold",)), (select(AUD_COMMIT), click("Bold"))),
    Case("d-b35-bring-red", "audition_notice",
         "from what to bring down to the bullet about the fee, all of that in dark red please", "paragraph_range",
         chars_in_paras(AUD_TO_BRING, color="red"), Targets(paras=(12, 13, 14, 15, 16), props=("color",)),
         (select("What to bring"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 4 + "^+{DOWN}"),
          value("Font Color", "Dark Red"))),
    Case("d-b35-name-centre", "audition_notice",
         "our name right at the top \u2013 centre it please, it looks a bit lost over on the left", "role",
         para("The Limelight Players", align="center"), Targets(paras=(0,), props=("align",)),
         (select("The Limelight Players"), click("Align Center"))),
    Case("d-b35-size-11", "audition_notice",
         "could everything be 11pt, headings and tables too? the committee's eyes aren't what they were",
         "whole_document", every_char(size=11), Targets(everything=True, props=("size",)),
         (keys("^a"), value("Font Size", "11"))),
    Case("d-b35-fee-6", "audition_notice", "audition fee's 6 quid this year, hall hire went up again", "unquoted",
         any_of(*AUD_FEE_6), Targets(paras=(16,), text=True, props=()),
         (select("\u00a35 audition"), keys("\u00a36 audition"))),
    Case("d-b35-access-underline", "audition_notice",
         "cn u undreline the acess bit, its importnat for ppl who cant do stairs", "typo",
         chars_in_paras(["Access:"], underline=True), Targets(paras=(22,), props=("underline",)),
         (select("Access: " + AUD_ACCESS), click("Underline"))),
    Case("d-b35-third-bullet", "audition_notice",
         "third bullet under what to bring in bold pls, someone came in flip flops last year and went flying",
         "by_position", chars_in_paras([AUD_BRING[2]], bold=True), Targets(paras=(15,), props=("bold",)),
         (select(AUD_BRING[2]), click("Bold"))),
    Case("d-b35-rehearsal", "audition_notice",
         "rehearsal's lost its a in the paragraph about moving to the corn exchange", "char_in_word",
         para_text_is("Every reh", AUD_REHEARSALS.replace("rehersal", "rehearsal")),
         Targets(paras=(21,), text=True, props=()), (select("rehersal"), keys("rehearsal"))),
    Case("d-b35-infeasible-print", "audition_notice",
         "can you print off 40 of these for the library and the co-op noticeboard, ta", "infeasible", unchanged()),
    Case("d-b35-public-spacing", "audition_notice",
         'Make the line spacing of the paragraph under the heading "About the play" double.', "public_style",
         para("Charles Condomine, a novelist", line=2.0), Targets(paras=(7,), props=("line",)),
         (select("Charles Condomine, a novelist"), value("Line Spacing", "2"))),
    # ---- batch 36: a church hall cleaning rota (cleaning_rota), a genre new to the set; written by a helper who never
    # read the runtime; not yet measured. Table edits told as news: two pairs swapping dates, a pair added where their
    # date falls; then a keys time changed with a label line coloured in one message, a heading and a column formatted
    # in one message, a sentence and a job by what they say, a list and a section told by their ends, the sign-off by
    # its role, a whole-document colour, a number told without quotes, a misspelt request, a bullet by its place, a
    # page break, an order the editor cannot place and a public-benchmark instruction
    Case("d-b36-fridge-swap", "cleaning_rota",
         "derek and sandra can't do 28 november, they're away at their daughter's, so they've swapped with amir and "
         "tom",
         "table", ROTA_SWAPPED, Targets(cells=((0, 3, 1), (0, 7, 1)), text=True, props=()),
         (select_cells(1, row=4, column=2), keys("Derek and Sandra Bright"),
          select_cells(1, row=8, column=2), keys("Amir Haddad and Tom Quigley"))),
    Case("d-b36-brownies", "cleaning_rota",
         "karen wilde and jo marsh from brownies are doing saturday 21 november! can you put them in the rota where it "
         "goes. no extra job for them, it's their first go", "table", rota_brownies_added,
         Targets(tables=(0,), new_rows=1),
         (select_cells(1, row=7), click("Rows Below"), select_cells(1, row=7, column=3),
          keys("{END}{TAB}21 November{TAB}Karen Wilde and Jo Marsh"))),
    Case("d-b36-keys-safety", "cleaning_rota",
         "parish office is open till 1 now for keys, not half 12. and can the safety line be red, someone mixed bleach "
         "and limescale remover in the gents last month", "multi_op",
         all_of(any_of(*ROTA_KEYS_1), chars_in_paras(["Safety:"], color="red")),
         Targets(paras=(3, 22), text=True, props=("color",)),
         (select("12:30pm"), keys("1:00pm"), select("Safety: " + ROTA_SAFETY), value("Font Color", "Red"))),
    Case("d-b36-supplies-costs", "cleaning_rota",
         "underline the supplies heading and put the costs in the supplies table in bold, the treasurer wants to see "
         "them at a glance", "multi_op", all_of(fmt("Supplies", underline=True), ROTA_COSTS_BOLD),
         Targets(paras=(15,), cells=((1, None, 2),), props=("underline", "bold")),
         (select("Supplies"), click("Underline"), select_cells(2, column=3), click("Bold"))),
    Case("d-b36-refund-hl", "cleaning_rota",
         "highlight where it says we only pay back receipts up to a tenner, people keep handing pat receipts for "
         "\u00a330", "by_content", fmt("refund receipts up to \u00a310", highlight=True),
         Targets(spans=(ROTA_REFUND,), props=("highlight",)),
         (select(ROTA_REFUND), value("Character Highlighting Color", "Yellow"))),
    Case("d-b36-first-aid-bold", "cleaning_rota",
         "the job about checking the first aid box \u2013 bold it please, we ran out of plasters at toddlers and "
         "nobody had written it down", "by_content", chars_in_paras([ROTA_JOBS[4]], bold=True),
         Targets(paras=(13,), props=("bold",)), (select(ROTA_JOBS[4]), click("Bold"))),
    Case("d-b36-jobs-spacing", "cleaning_rota",
         "the five jobs under every clean, can they all be 1.5 spaced so there's room to tick them off",
         "paragraph_range", paras_all(ROTA_JOBS, line=1.5), Targets(paras=(9, 10, 11, 12, 13), props=("line",)),
         (select(ROTA_JOBS[0]), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 4 + "^+{DOWN}"), value("Line Spacing", "1.5"))),
    Case("d-b36-know-italic", "cleaning_rota", "everything from good to know down to the safety line in italics please",
         "paragraph_range", chars_in_paras(ROTA_GOOD_TO_KNOW, italic=True),
         Targets(paras=(17, 18, 19, 20, 21, 22), props=("italic",)),
         (select("Good to know"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 5 + "^+{DOWN}"), click("Italic"))),
    Case("d-b36-signoff-right", "cleaning_rota", "the sign-off at the bottom, can all three lines go over to the right",
         "role", ROTA_SIGN_OFF, Targets(paras=(24, 25, 26), props=("align",)),
         (select("With thanks,"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 2 + "^+{DOWN}"), click("Align Right"))),
    Case("d-b36-navy", "cleaning_rota",
         "can all the text go navy, tables and all? it's going up next to the parish magazine and pat wants them to "
         "match", "whole_document", every_char(color="blue"), Targets(everything=True, props=("color",)),
         (keys("^a"), value("Font Color", "#1F3864"))),
    Case("d-b36-twelve-groups", "cleaning_rota",
         "we've got twelve groups using the hall now, zumba started on wednesdays",
         "unquoted", any_of(*ROTA_TWELVE), Targets(paras=(5,), text=True, props=()),
         (select("eleven groups"), keys("twelve groups"))),
    Case("d-b36-keys-underline", "cleaning_rota",
         "cna you undelrine the keys line, peopel keep turning up on saturday wihtout one", "typo",
         chars_in_paras(["Keys:"], underline=True), Targets(paras=(3,), props=("underline",)),
         (select("Keys: " + ROTA_KEYS), click("Underline"))),
    Case("d-b36-hoover-red", "cleaning_rota",
         "2nd bullet under good to know in red please, honestly nobody ever does it",
         "by_position", chars_in_paras([ROTA_TIPS[1]], color="red"), Targets(paras=(19,), props=("color",)),
         (select(ROTA_TIPS[1]), value("Font Color", "Red"))),
    Case("d-b36-supplies-page", "cleaning_rota",
         "supplies bit on its own page please, that page gets stuck inside the kitchen cupboard door", "page_break",
         page_break_between("look at the list again.", "Supplies"),
         Targets(paras=(14, 15), props=("breaks",), new_paras=2),
         (select("Supplies"), keys("{HOME}"), click("Page Break"))),
    Case("d-b36-infeasible-order", "cleaning_rota",
         "can you order more bin bags off amazon, we're right out and pat's away till the 20th", "infeasible",
         unchanged()),
    Case("d-b36-public-arial", "cleaning_rota", "Change the font of the whole document to Arial.", "public_style",
         every_char(font="Arial"), Targets(everything=True, props=("font",)),
         (keys("^a"), value("Font Name", "Arial"))),
    # ---- batch 33: a primary school's sports day programme (sports_day), a genre new to the set; written by a helper
    # who never read the runtime; not yet measured. Table edits told as news: a race put back five minutes, an event
    # dropped, the times column bolded; then a reserve date moved with a label line bolded in one message, a heading
    # and a row formatted in one message, a sentence and a numbered step by what they say, a run told by its ends, the
    # line under the title by its role, a whole-document font, a price told without quotes, a misspelt request, a
    # bullet by its place, two letters swapped inside a word, printing the editor cannot do and a public-benchmark
    # instruction
    Case("d-b33-sack-race-1005", "sports_day",
         "reception's egg and spoon always overruns so we've put the sack race back to 10:05", "table",
         SPORTS_SACK_1005, Targets(cells=((0, 2, 0),), text=True, props=()),
         (select_cells(1, row=3, column=1), keys("{HOME}+{END}10:05am"))),
    Case("d-b33-no-long-jump", "sports_day",
         "no long jump this year, the council have dug the sandpit up for the new drains. can it come off the "
         "morning list", "table", table_rows(0, SPORTS_MORNING[:6]), Targets(tables=(0,), removed_rows=1),
         (select_cells(1, row=7), click("Delete Rows"))),
    Case("d-b33-times-bold", "sports_day",
         "can the times down the left of the morning table be in bold? the kids find their race by the time",
         "table", cells_fmt(0, col=0, bold=True), Targets(cells=((0, None, 0),), props=("bold",)),
         (select_cells(1, column=1), click("Bold"))),
    Case("d-b33-reserve-organiser", "sports_day",
         "reserve date's now fri 3rd july, the 26th clashes with the year 6 trip. oh and can the organiser line go "
         "bold all the way along", "multi_op",
         all_of(any_of(*SPORTS_RESERVE_3), chars_in_paras(["Organiser:"], bold=True)),
         Targets(paras=(2, 3), text=True, props=("bold",)),
         (select("26 June"), keys("3 July"), select("Organiser: " + SPORTS_ORGANISER), click("Bold"))),
    Case("d-b33-afternoon-tug", "sports_day",
         "afternoon events heading in green please, and bold the tug of war row \u2013 yr 6 v the teachers is what "
         "everyone turns up for", "multi_op",
         all_of(fmt("Afternoon events", color="green"), cells_fmt(1, row=2, bold=True)),
         Targets(paras=(8,), cells=((1, 2, None),), props=("color", "bold")),
         (select("Afternoon events"), value("Font Color", "Green"), select_cells(2, row=3), click("Bold"))),
    Case("d-b33-packed-lunch", "sports_day",
         "bold the sentence telling parents to send a packed lunch even if their kid normally has school dinners. "
         "every year someone turns up with nothing", "by_content",
         any_of(fmt(SPORTS_PACKED, bold=True), fmt(SPORTS_PACKED[:-1], bold=True)),
         Targets(spans=(SPORTS_PACKED,), props=("bold",)), (select(SPORTS_PACKED), click("Bold"))),
    Case("d-b33-sign-out-hl", "sports_day",
         "can you highlight the one about signing your child out with their teacher, we had a real panic over a "
         "reception child last year", "by_content", chars_in_paras([SPORTS_WATCHING[2]], highlight=True),
         Targets(paras=(21,), props=("highlight",)),
         (select(SPORTS_WATCHING[2]), value("Character Highlighting Color", "Yellow"))),
    Case("d-b33-bring-12", "sports_day",
         "from the what to bring heading down to the trainers bullet, can all that be 12pt \u2013 it's the only bit "
         "parents actually read", "paragraph_range", chars_in_paras(SPORTS_BRING_RANGE, size=12),
         Targets(paras=(12, 13, 14, 15, 16, 17), props=("size",)),
         (select("What to bring"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 5 + "^+{DOWN}"), value("Font Size", "12"))),
    Case("d-b33-line-centre", "sports_day", "the date and place line under the title should be centred i think",
         "role", para(SPORTS_LINE, align="center"), Targets(paras=(1,), props=("align",)),
         (select(SPORTS_LINE), click("Align Center"))),
    Case("d-b33-verdana", "sports_day",
         "switch the whole programme to verdana please, tables and all \u2013 it's the school font now, the head "
         "wants everything matching", "whole_document", every_char(font="Verdana"),
         Targets(everything=True, props=("font",)), (keys("^a"), value("Font Name", "Verdana"))),
    Case("d-b33-lollies-60p", "sports_day", "lollies have gone up to 60p, the cash and carry put their prices up",
         "unquoted", para_text_is("Refreshments:", "Refreshments: " + SPORTS_TEA.replace("50p", "60p")),
         Targets(paras=(22,), text=True, props=()), (select("50p"), keys("60p"))),
    Case("d-b33-houses-red", "sports_day", "cna u make the housees and ponits heading red pls", "typo",
         fmt("Houses and points", color="red"), Targets(paras=(10,), props=("color",)),
         (select("Houses and points"), value("Font Color", "Red"))),
    Case("d-b33-second-bullet", "sports_day",
         "2nd bullet under what to bring in bold please, we had three go home sunburnt last year", "by_position",
         chars_in_paras([SPORTS_BRING[1]], bold=True), Targets(paras=(14,), props=("bold",)),
         (select(SPORTS_BRING[1]), click("Bold"))),
    Case("d-b33-receive", "sports_day", "receive has got the i and the e swapped round in the houses paragraph",
         "char_in_word", para_text_is("Every child is in one", SPORTS_HOUSES.replace("recieve", "receive")),
         Targets(paras=(11,), text=True, props=()), (select("recieve"), keys("receive"))),
    Case("d-b33-infeasible-print", "sports_day", "can you print off 200 of these for the book bags on thursday",
         "infeasible", unchanged()),
    Case("d-b33-public-table-size", "sports_day", "Set the font size of the first table to 9.", "public_style",
         cells_fmt(0, size=9), Targets(cells=((0, None, None),), props=("size",)),
         (select_table(1), value("Font Size", "9"))),
    # ---- batch 34: a day nursery's summer newsletter (nursery_news), a genre new to the set; written by a helper who
    # never read the runtime; not yet measured. Table edits told as news: the later of two equal times moved, a session
    # added under the header; then a leaving date moved with a heading coloured in one message, a fee changed with a
    # heading and a row formatted in one message (three changes), a sentence deleted and a sentence highlighted by what
    # they say, a section told by its count and another by its ends, the address line by its role, a whole-document
    # colour, a return date told without quotes, a misspelt request, a bullet by its place, a page break, a post to an
    # app the editor cannot make and a public-benchmark instruction
    Case("d-b34-fair-3pm", "nursery_news",
         "the summer fair's moving to 3, the steel band can't get there any earlier", "table", NURSERY_FAIR_3,
         Targets(cells=((0, 5, 2),), text=True, props=()),
         (select_cells(1, row=6, column=3), keys("{HOME}+{END}3:00pm"))),
    Case("d-b34-early-bird", "nursery_news",
         "we're starting an early bird session in september, 7:30 till 9, \u00a312. can it go first in the fees "
         "table, above mornings", "table", nursery_early_bird_added, Targets(tables=(1,), new_rows=1),
         (select_cells(2, row=1), click("Rows Below"), select_cells(2, row=1, column=3),
          keys("{END}{TAB}Early bird{TAB}7:30am-9:00am{TAB}\u00a312.00"))),
    Case("d-b34-hannah-staff", "nursery_news",
         "hannah's staying on an extra week so her last day is the 10th now, not the 3rd. and can the staff news "
         "heading go purple", "multi_op", all_of(any_of(*NURSERY_HANNAH_10), fmt("Staff news", color="purple")),
         Targets(paras=(5, 6), text=True, props=("color",)),
         (select("Friday 3 July"), keys("Friday 10 July"), select("Staff news"), value("Font Color", "#7030A0"))),
    Case("d-b34-consumables-fees", "nursery_news",
         "consumables is going up to a fiver a day as well. can you underline the fees heading, and put the full "
         "week row in bold, that's the one most families are on", "multi_op",
         all_of(any_of(*NURSERY_CONSUMABLES_5), fmt("Fees from September", underline=True),
                cells_fmt(1, row=4, bold=True)),
         Targets(paras=(9, 11), cells=((1, 4, None),), text=True, props=("underline", "bold")),
         (select("\u00a34.50"), keys("\u00a35.00"), select("Fees from September"), click("Underline"),
          select_cells(2, row=5), click("Bold"))),
    Case("d-b34-no-caterpillars", "nursery_news",
         "take out the sentence about the caterpillars \u2013 the butterflies didn't make it in the end so best not "
         "mention it", "by_content",
         para_text_is("What a busy spring", NURSERY_INTRO.replace(NURSERY_CATERPILLARS + " ", "")),
         Targets(paras=(4,), text=True, props=()), (select(NURSERY_CATERPILLARS + " "), keys("{DELETE}"))),
    Case("d-b34-parking-hl", "nursery_news",
         "highlight the bit asking people not to block number 14's drive, she's been on to the council about us now",
         "by_content", any_of(fmt(NURSERY_NO_PARKING, highlight=True), fmt(NURSERY_NO_PARKING[:-1], highlight=True)),
         Targets(spans=("Parking: " + NURSERY_NO_PARKING,), props=("highlight",)),
         (select(NURSERY_NO_PARKING), value("Character Highlighting Color", "Yellow"))),
    Case("d-b34-sun-orange", "nursery_news", "sun safety and the 4 bullets under it in orange please so it stands out",
         "paragraph_range", chars_in_paras(NURSERY_SUN_RANGE, color="orange"),
         Targets(paras=(12, 13, 14, 15, 16), props=("color",)),
         (select("Sun safety"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 4 + "^+{DOWN}"), value("Font Color", "#E36C09"))),
    Case("d-b34-leavers-italic", "nursery_news",
         "everything from the leavers heading down to the parking paragraph in italics please", "paragraph_range",
         chars_in_paras(NURSERY_LEAVERS_RANGE, italic=True), Targets(paras=(17, 18, 19, 20, 21), props=("italic",)),
         (select("For our leavers"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 4 + "^+{DOWN}"), click("Italic"))),
    Case("d-b34-address-9", "nursery_news",
         "the address line under our name, can it go down to 9pt? it wraps onto two lines on the printout", "role",
         chars_in_paras([NURSERY_ADDRESS], size=9), Targets(paras=(1,), props=("size",)),
         (select(NURSERY_ADDRESS), value("Font Size", "9"))),
    Case("d-b34-navy", "nursery_news",
         "can everything go navy? headings, tables, the lot \u2013 it's to match our new logo", "whole_document",
         every_char(color="blue"), Targets(everything=True, props=("color",)),
         (keys("^a"), value("Font Color", "#1F3864"))),
    Case("d-b34-ben-22", "nursery_news", "ben's paternity leave got extended, he's back on the 22nd now not the 15th",
         "unquoted", any_of(*NURSERY_BEN_22), Targets(paras=(6,), text=True, props=()),
         (select("15 June"), keys("22 June"))),
    Case("d-b34-name-underline", "nursery_news", "cn you undreline the nursary name at teh top", "typo",
         fmt("Little Acorns Day Nursery", underline=True), Targets(paras=(0,), props=("underline",)),
         (select("Little Acorns Day Nursery"), click("Underline"))),
    Case("d-b34-third-bullet", "nursery_news",
         "make the third bullet bold please, we're running out of spare clothes every single day", "by_position",
         chars_in_paras([NURSERY_SUN[2]], bold=True), Targets(paras=(15,), props=("bold",)),
         (select(NURSERY_SUN[2]), click("Bold"))),
    Case("d-b34-fees-page", "nursery_news",
         "can fees from september start on a new page, we're pinning that bit up in the lobby on its own",
         "page_break", page_break_between("who is coming by Friday 26 June.", "Fees from September"),
         Targets(paras=(8, 9), props=("breaks",), new_paras=2),
         (select("Fees from September"), keys("{HOME}"), click("Page Break"))),
    Case("d-b34-infeasible-tapestry", "nursery_news", "can u post this on tapestry for all the parents tonight",
         "infeasible", unchanged()),
    Case("d-b34-public-header", "nursery_news", "Make the first row of the second table bold.", "public_style",
         cells_fmt(1, row=0, bold=True), Targets(cells=((1, 0, None),), props=("bold",)),
         (select_cells(2, row=1), click("Bold"))),
    # ---- batch 37: a river clean-up volunteer briefing (river_clean), a genre new to the set; written by a helper who
    # never read the runtime; not yet measured. Table edits told as news: a group leader replaced, a kit item dropped,
    # a column centred; then a finish time changed with a heading coloured in one message, a lunch club changed with
    # its paragraph italicised in one message, a rule sentence and a bullet by what they say, a run told by its ends,
    # the title by its role, a whole-document font, a count told without quotes, a misspelt request, a numbered step by
    # its place, an ordinal raised inside a word, a group message the editor cannot send and a public-benchmark
    # instruction
    Case("d-b37-sian-leads", "river_clean",
         "dev's put his back out digging the veg patch, so sian howells is taking his group this year instead",
         "table", RIVER_SIAN, Targets(cells=((0, 2, 1),), text=True, props=()),
         (select_cells(1, row=3, column=2), keys("Sian Howells"))),
    Case("d-b37-no-grab-hooks", "river_clean",
         "canal and river trust can't lend us the grab hooks this time round, so they're off the kit list. we'll just "
         "report any trolleys to them instead", "table", table_rows(1, RIVER_KIT[:4] + RIVER_KIT[5:]),
         Targets(tables=(1,), removed_rows=1), (select_cells(2, row=5), click("Delete Rows"))),
    Case("d-b37-bags-centre", "river_clean",
         "could you centre the bags last year column? the numbers look a bit lost hugging the left side", "table",
         cells_para(0, col=3, align="center"), Targets(cells=((0, None, 3),), props=("align",)),
         (select_cells(1, column=4), click("Align Center"))),
    Case("d-b37-finish-bring", "river_clean",
         "we're going on till half 1 now as the council van can't come before quarter past, so change that on the "
         "line under the title. and make the what to bring heading blue while you're at it", "multi_op",
         all_of(any_of(*RIVER_FINISH), fmt("What to bring", color="blue")),
         Targets(paras=(1, 15), text=True, props=("color",)),
         (select("10:00am to 1:00pm"), keys("10:00am to 1:30pm"), select("What to bring"),
          value("Font Color", "#0070C0"))),
    Case("d-b37-soup-wednesday", "river_clean",
         "it's the wednesday lunch club doing the soup this year, not the tuesday lot \u2013 and can that whole soup "
         "paragraph go in italics", "multi_op",
         all_of(RIVER_WEDNESDAY, chars_in_paras(["Soup and rolls"], italic=True)),
         Targets(paras=(25,), text=True, props=("italic",)),
         (select("Tuesday"), keys("Wednesday"), select(RIVER_SOUP.replace("Tuesday", "Wednesday")), click("Italic"))),
    Case("d-b37-waders-bold", "river_clean",
         "bold the sentence that says only people who've done the bank safety course can put waders on and go in. "
         "someone's lad went in up to his chest last year", "by_content",
         any_of(fmt(RIVER_WADERS_RULE, bold=True), fmt(RIVER_WADERS_RULE[:-1], bold=True)),
         Targets(spans=(RIVER_WADERS_RULE,), props=("bold",)), (select(RIVER_WADERS_RULE), click("Bold"))),
    Case("d-b37-suncream-strike", "river_clean",
         "it's march, nobody needs reminding about sun cream \u2013 strike that bullet through but leave it there, "
         "we use the same sheet for the july clean", "by_content", chars_in_paras([RIVER_BRING[3]], strike=True),
         Targets(paras=(19,), props=("strike",)), (select(RIVER_BRING[3]), click("Strikethrough"))),
    Case("d-b37-safety-justify", "river_clean",
         "from the safety line down to the soup paragraph, can those be justified so the edges line up nicely",
         "paragraph_range", paras_all(RIVER_SAFETY_RANGE, align="justify"),
         Targets(paras=(23, 24, 25), props=("align",)),
         (select("Safety:"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 2 + "^+{DOWN}"), click("Justified"))),
    Case("d-b37-title-caps", "river_clean",
         "title in capitals please, it's going on the lamppost posters too and needs to shout a bit", "role",
         any_of(has_text("GREAT WEND SPRING CLEAN 2027"), fmt("Great Wend Spring Clean 2027", caps=True)),
         Targets(paras=(0,), text=True, props=("caps",)),
         (select("Great Wend Spring Clean 2027"), click("UPPERCASE"))),
    Case("d-b37-calibri", "river_clean",
         "can you put the whole lot in calibri, tables and all? gwen reckons the trebuchet looks like a kids' party "
         "invite", "whole_document", every_char(font="Calibri"), Targets(everything=True, props=("font",)),
         (keys("^a"), value("Font Name", "Calibri"))),
    Case("d-b37-volunteers-83", "river_clean",
         "turns out there were 83 of us last year, not 74 \u2013 found another sign-in sheet at the bottom of the "
         "gazebo bag", "unquoted", RIVER_83, Targets(paras=(5,), text=True, props=()),
         (select("74 volunteers"), keys("83 volunteers"))),
    Case("d-b37-meeting-bold", "river_clean", "cna you mkae the meetign point line bold all teh way acros", "typo",
         chars_in_paras(["Meeting point:"], bold=True), Targets(paras=(3,), props=("bold",)),
         (select("Meeting point: " + RIVER_MEET), click("Bold"))),
    Case("d-b37-fourth-step", "river_clean",
         "underline the 4th step please, the council van won't touch bags that aren't left by a flag", "by_position",
         chars_in_paras([RIVER_STEPS[3]], underline=True), Targets(paras=(12,), props=("underline",)),
         (select(RIVER_STEPS[3]), click("Underline"))),
    Case("d-b37-21st", "river_clean",
         "the st on 21st in the first paragraph should be the little raised bit, like on proper dates",
         "char_in_word", fmt("21[st]", vert="superscript"), Targets(spans=("21[st]",), props=("vert",)),
         (select("21st"), keys("{LEFT}{LEFT}+{RIGHT}+{RIGHT}"), click("Superscript"))),
    Case("d-b37-infeasible-whatsapp", "river_clean",
         "can you send this round the friends of the wend whatsapp group before tonight", "infeasible", unchanged()),
    Case("d-b37-public-heading", "river_clean", 'Apply the Heading 1 style to the heading "Kit on loan".',
         "public_style", para("Kit on loan", style="Heading 1"), Targets(paras=(21,)),
         (select("Kit on loan"), value("Paragraph Style", "Heading 1"))),
    # ---- batch 38: a walking group's spring walks programme (walks_programme), a genre new to the set; written by a
    # helper who never read the runtime; not yet measured. Table edits told as news: two leaders swapping walks, a
    # forgotten walk added where its date falls; then subs changed with a label line italicised in one message, a
    # meeting time changed with a sentence bolded in one message, a sentence deleted and a sentence highlighted by what
    # they say, a section told by its heading and a run told by its ends, the name at the top by its role, a
    # whole-document colour, a pub told without quotes, a misspelt request, a numbered step by its place, a page
    # break, a booking the editor cannot make and a public-benchmark instruction
    Case("d-b38-leaders-swap", "walks_programme",
         "ian and bev have swapped \u2013 bev's doing the bluebell walk in june and ian's taking heptonstall in may, "
         "she's at her sister's that weekend", "table", WALKS_SWAPPED,
         Targets(cells=((0, 6, 4), (0, 8, 4)), text=True, props=()),
         (select_cells(1, row=7, column=5), keys("Ian McAllister"), select_cells(1, row=9, column=5),
          keys("Bev Nuttall"))),
    Case("d-b38-gibson-mill", "walks_programme",
         "we forgot the may short walk! sunday the 30th, out to gibson mill, 4 miles, easy, sunita's leading. can it "
         "go in the table where it belongs", "table", walks_gibson_mill_added, Targets(tables=(0,), new_rows=1),
         (select_cells(1, row=8), click("Rows Below"), select_cells(1, row=8, column=5),
          keys("{END}{TAB}30 May{TAB}Short walk: Gibson Mill{TAB}4{TAB}Easy{TAB}Sunita Rao"))),
    Case("d-b38-membership-italic", "walks_programme",
         "subs went up at the agm \u2013 \u00a315 a year now and \u00a322 for two at the same address. and can the "
         "walks secretary line go in italics", "multi_op",
         all_of(any_of(*WALKS_FEES), chars_in_paras(["Walks secretary:"], italic=True)),
         Targets(paras=(3, 4), text=True, props=("italic",)),
         (select("\u00a312 a year"), keys("\u00a315 a year"), select("\u00a318 for two"), keys("\u00a322 for two"),
          select("Walks secretary: " + WALKS_SECRETARY), click("Italic"))),
    Case("d-b38-meet-915", "walks_programme",
         "we're meeting at quarter past 9 now, not half past, too many people were holding up the lifts. oh and bold "
         "the bit about giving your driver \u00a32 for petrol", "multi_op",
         all_of(any_of(*WALKS_NINE_FIFTEEN), any_of(fmt(WALKS_PETROL, bold=True), fmt(WALKS_PETROL[:-1], bold=True))),
         Targets(paras=(8,), text=True, props=("bold",)),
         (select("9:30am"), keys("9:15am"), select(WALKS_PETROL), click("Bold"))),
    Case("d-b38-no-first-aid", "walks_programme",
         "take out the sentence about two leaders passing their first aid, ian's certificate still hasn't come "
         "through and i don't want to tempt fate", "by_content", WALKS_NO_FIRST_AID,
         Targets(paras=(6,), text=True, props=()), (select(WALKS_FIRST_AID), keys("{DELETE}{BACKSPACE}"))),
    Case("d-b38-ring-leader-hl", "walks_programme",
         "highlight where it says to ring the leader if you're not sure a walk's right for you \u2013 somebody turned "
         "up for widdop in plimsolls last year", "by_content",
         any_of(fmt(WALKS_ASK, highlight=True), fmt(WALKS_ASK[:-1], highlight=True)),
         Targets(spans=(WALKS_ASK,), props=("highlight",)),
         (select(WALKS_ASK), value("Character Highlighting Color", "Yellow"))),
    Case("d-b38-kit-spacing", "walks_programme",
         "what to wear and carry, the heading and all five bullets \u2013 can they go 1.5 line spacing? it's the bit "
         "people print off for their rucksacks", "paragraph_range", paras_all(WALKS_KIT_RANGE, line=1.5),
         Targets(paras=(16, 17, 18, 19, 20, 21), props=("line",)),
         (select("What to wear and carry"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 5 + "^+{DOWN}"),
          value("Line Spacing", "1.5"))),
    Case("d-b38-dogs-to-end-10", "walks_programme",
         "everything from the dogs line to the very end, sign-off included, down to 10pt please so it all fits on the "
         "back", "paragraph_range", WALKS_DOGS_TO_END, Targets(paras=(22, 23, 24, 25, 26), props=("size",)),
         (select("Dogs:"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 4 + "^+{DOWN}"), value("Font Size", "10"))),
    Case("d-b38-name-24", "walks_programme",
         "our name at the very top could do with being bigger, 24pt maybe? it's going on the community centre "
         "noticeboard", "role", fmt("Hollins Valley Walking Group", size=24), Targets(paras=(0,), props=("size",)),
         (select("Hollins Valley Walking Group"), value("Font Size", "24"))),
    Case("d-b38-dark-green", "walks_programme",
         "can all the writing be dark green, headings, tables, the lot? goes with the new logo on the website",
         "whole_document", every_char(color="green"), Targets(everything=True, props=("color",)),
         (keys("^a"), value("Font Color", "#385723"))),
    Case("d-b38-cross-inn", "walks_programme",
         "the white lion's shut for a refurb till august, so it's the cross inn after walks now", "unquoted",
         any_of(*WALKS_CROSS_INN), Targets(paras=(23,), text=True, props=()),
         (select("White Lion"), keys("Cross Inn"))),
    Case("d-b38-title-centre", "walks_programme",
         "cna you centr the spring walks progamme tilte, its sat over on teh left", "typo",
         para("Spring Walks Programme 2027", align="center"), Targets(paras=(2,), props=("align",)),
         (select("Spring Walks Programme 2027"), click("Align Center"))),
    Case("d-b38-third-step-red", "walks_programme",
         "3rd step under before you come in red please \u2013 half of them turn up with a twenty and no card",
         "by_position", chars_in_paras([WALKS_STEPS[2]], color="red"), Targets(paras=(14,), props=("color",)),
         (select(WALKS_STEPS[2]), value("Font Color", "Red"))),
    Case("d-b38-grades-page", "walks_programme",
         "can grades and everything after it start on a fresh page? then the walks table gets a page to itself for "
         "people's fridges", "page_break", page_break_between(WALKS_PETROL, "Grades"),
         Targets(paras=(8, 9), props=("breaks",), new_paras=2),
         (select("Grades"), keys("{HOME}"), click("Page Break"))),
    Case("d-b38-infeasible-minibus", "walks_programme",
         "can you book the community transport minibus for the widdop walk, we'll need 16 seats", "infeasible",
         unchanged()),
    Case("d-b38-public-italic-col", "walks_programme", "Italicize the first column of the second table.",
         "public_style", cells_fmt(1, col=0, italic=True), Targets(cells=((1, None, 0),), props=("italic",)),
         (select_cells(2, column=1), click("Italic"))),
    # ---- batch 39: a tool and plant hire shop's rates and terms (tool_hire), a genre new to the set; written by a
    # helper who never read the runtime; not yet measured. Table edits told as news: two prices gone up on one row, a
    # new tool added at the bottom, a column coloured; then a refund time changed with a label line italicised in one
    # message, opening hours changed with a heading resized in one message, a bullet and a sentence by what they say,
    # a section told by its ends, the name at the top by its role, a whole-document font, a charge told without
    # quotes, a misspelt request, a bullet by its place, a superscript inside a unit, a message the editor cannot send
    # and a public-benchmark instruction
    Case("d-b39-digger-145", "tool_hire",
         "mini digger's gone up, 145 a day and 400 for the week from now on. the insurance on the trailer went through "
         "the roof. still no half days on it", "table", HIRE_DIGGER_UP,
         Targets(cells=((0, 3, 2), (0, 3, 3)), text=True, props=()),
         (select_cells(1, row=4, column=3), keys("{HOME}+{END}\u00a3145.00"), select_cells(1, row=4, column=4),
          keys("{HOME}+{END}\u00a3400.00"))),
    Case("d-b39-compactor", "tool_hire",
         "we've finally got a plate compactor in!! \u00a324 half day, \u00a334 a day, \u00a385 the week and a \u00a350 "
         "deposit. pop it on the end of the rates table", "table", hire_compactor_added,
         Targets(tables=(0,), new_rows=1),
         (select_cells(1, row=8), click("Rows Below"), select_cells(1, row=8, column=5),
          keys("{END}{TAB}Plate compactor{TAB}\u00a324.00{TAB}\u00a334.00{TAB}\u00a385.00{TAB}\u00a350"))),
    Case("d-b39-deposits-red", "tool_hire",
         "can the deposits go red, the whole column \u2013 folk get a shock at the counter when we take 250 off them "
         "for the digger", "table", cells_fmt(0, col=4, color="red"), Targets(cells=((0, None, 4),), props=("color",)),
         (select_cells(1, column=5), value("Font Color", "Red"))),
    Case("d-b39-refund-waiver", "tool_hire",
         "card refunds only take 3 working days now we're on the new card machine, can you change that. also put the "
         "damage waiver line in italics, all of it", "multi_op",
         all_of(any_of(*HIRE_REFUND_3), chars_in_paras(["Damage waiver:"], italic=True)),
         Targets(paras=(20, 21), text=True, props=("italic",)),
         (select("five working"), keys("three working"), select("Damage waiver: " + HIRE_WAIVER), click("Italic"))),
    Case("d-b39-saturday-rates", "tool_hire",
         "we're open till 1 on saturdays now, not 12 \u2013 it's on the line under our name. and make the hire rates "
         "heading bigger, 16pt or so", "multi_op",
         all_of(any_of(*HIRE_SATURDAY_1), fmt("Hire rates", size=16)),
         Targets(paras=(1, 7), text=True, props=("size",)),
         (select("12:00pm"), keys("1:00pm"), select("Hire rates"), value("Font Size", "16"))),
    Case("d-b39-fuel-bold", "tool_hire",
         "bold the bullet about us charging for fuel when it comes back empty, we lost a fortune topping up diesel "
         "last summer", "by_content", chars_in_paras([HIRE_CARE[0]], bold=True), Targets(paras=(16,), props=("bold",)),
         (select(HIRE_CARE[0]), click("Bold"))),
    Case("d-b39-sign-hl", "tool_hire",
         "highlight the sentence asking for someone to be on site to sign for deliveries \u2013 the drivers are sick "
         "of waiting round outside empty houses", "by_content",
         any_of(fmt(HIRE_SIGN, highlight=True), fmt(HIRE_SIGN[:-1], highlight=True)),
         Targets(spans=(HIRE_SIGN,), props=("highlight",)),
         (select(HIRE_SIGN), value("Character Highlighting Color", "Yellow"))),
    Case("d-b39-kit-11", "tool_hire",
         "everything from looking after the kit down to the bit about bringing stuff back late, 11pt please. it's the "
         "part people actually need to read before they sign", "paragraph_range",
         chars_in_paras(HIRE_KIT_RANGE, size=11), Targets(paras=(15, 16, 17, 18, 19, 20, 21), props=("size",)),
         (select("Looking after the kit"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 6 + "^+{DOWN}"),
          value("Font Size", "11"))),
    Case("d-b39-name-caps", "tool_hire", "our name at the very top in capitals please, it looks a bit weedy as it is",
         "role", any_of(has_text(HIRE_NAME.upper()), fmt(HIRE_NAME, caps=True)),
         Targets(paras=(0,), text=True, props=("caps",)), (select(HIRE_NAME), click("UPPERCASE"))),
    Case("d-b39-calibri", "tool_hire",
         "can we have the whole thing in calibri, tables as well? it's what the invoices are in and dean likes it all "
         "matching", "whole_document", every_char(font="Calibri"), Targets(everything=True, props=("font",)),
         (keys("^a"), value("Font Name", "Calibri"))),
    Case("d-b39-cleaning-30", "tool_hire", "cleaning charge has gone up to 30 quid, it was 25 before", "unquoted",
         any_of(*HIRE_CLEANING_30), Targets(paras=(19,), text=True, props=()),
         (select("charge of \u00a325"), keys("charge of \u00a330"))),
    Case("d-b39-delivery-purple", "tool_hire", "cna you mkae the delivary and colection heading purpel pls", "typo",
         fmt("Delivery and collection", color="purple"), Targets(paras=(9,), props=("color",)),
         (select("Delivery and collection"), value("Font Color", "#7030A0"))),
    Case("d-b39-second-bullet", "tool_hire",
         "underline the 2nd bullet under looking after the kit, we had a lad nearly lose an eye on the tile cutter "
         "last month", "by_position", chars_in_paras([HIRE_CARE[1]], underline=True),
         Targets(paras=(17,), props=("underline",)), (select(HIRE_CARE[1]), click("Underline"))),
    Case("d-b39-m2", "tool_hire",
         "the 2 in 40m2 under the rates table should be one of those little raised 2s, you know, square metres",
         "char_in_word", fmt("40m[2]", vert="superscript"), Targets(spans=("40m[2]",), props=("vert",)),
         (select("40m2"), keys("{LEFT}+{RIGHT}"), click("Superscript"))),
    Case("d-b39-infeasible-whatsapp", "tool_hire",
         "can you whatsapp this to the lads on the vans so they've got the new prices before monday", "infeasible",
         unchanged()),
    Case("d-b39-public-justify", "tool_hire",
         'Set the alignment of the paragraph under the heading "How hire works" to justified.', "public_style",
         para("We hire by the half day", align="justify"), Targets(paras=(6,), props=("align",)),
         (select("We hire by the half day"), click("Justified"))),
    # ---- batch 40: a small bookkeeping practice's self assessment checklist for clients (tax_checklist), a genre new
    # to the set; written by a helper who never read the runtime; not yet measured. Table edits told as news: a
    # deadline row dropped, a row highlighted; then a job title changed with a name bolded in one message, a phone
    # number changed with the same line resized in one message, a sentence bolded and a bullet deleted by what they
    # say, a section told by its heading and a run told by its ends, the date line by its role, a whole-document font,
    # a closing date told without quotes, a misspelt request, a bullet by its place, a page break, a mailing the editor
    # cannot send and a public-benchmark instruction
    Case("d-b40-no-paper", "tax_checklist",
         "take the 31 october row out of the key dates, we file everything online anyway and it just confuses people",
         "table", table_rows(0, TAXC_NO_PAPER), Targets(tables=(0,), removed_rows=1),
         (select_cells(1, row=5), click("Delete Rows"))),
    Case("d-b40-january-hl", "tax_checklist",
         "highlight the 31 january line in the dates table \u2013 that's the one everyone forgets till the 29th",
         "table", cells_fmt(0, row=6, highlight=True), Targets(cells=((0, 6, None),), props=("highlight",)),
         (select_cells(1, row=7), value("Character Highlighting Color", "Yellow"))),
    Case("d-b40-partner", "tax_checklist",
         "hazel's been made a partner!! so it should say partner under her name at the bottom, not senior bookkeeper. "
         "and put her name in bold while you're at it", "multi_op", TAXC_PARTNER,
         Targets(paras=(24, 25), text=True, props=("bold",)),
         (select("Senior Bookkeeper"), keys("Partner"), select("Hazel Rhodes"), click("Bold"))),
    Case("d-b40-phone-address", "tax_checklist",
         "new phone number since the broadband switch, 01632 960944. and can the address line under our name be "
         "smaller, 9pt? it keeps going onto two lines", "multi_op",
         all_of(TAXC_NEW_PHONE, chars_in_paras(["2 Marsh Lane"], size=9)),
         Targets(paras=(1,), text=True, props=("size",)),
         (select("960587"), keys("960944"), select(TAXC_ADDRESS), value("Font Size", "9"))),
    Case("d-b40-fine-bold", "tax_checklist",
         "bold the sentence about hmrc fining people 100 quid straight off even when they owe nothing, nobody ever "
         "believes us", "by_content", any_of(fmt(TAXC_FINE, bold=True), fmt(TAXC_FINE[:-1], bold=True)),
         Targets(spans=(TAXC_FINE,), props=("bold",)), (select(TAXC_FINE), click("Bold"))),
    Case("d-b40-no-mileage", "tax_checklist",
         "get rid of the bullet about the mileage log, we work mileage out from their diaries these days",
         "by_content", taxc_no_mileage, Targets(paras=(12,), removed=True, text=True),
         (select(TAXC_NEED[3]), keys("{HOME}+{DOWN}{DELETE}"))),
    Case("d-b40-sending-blue", "tax_checklist",
         "sending your records and the three steps under it in blue please, it's the bit we point people to on the "
         "phone", "paragraph_range", chars_in_paras(TAXC_SENDING_RANGE, color="blue"),
         Targets(paras=(15, 16, 17, 18), props=("color",)),
         (select("Sending your records"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 3 + "^+{DOWN}"),
          value("Font Color", "#1F4E9A"))),
    Case("d-b40-fees-justify", "tax_checklist",
         "from the paragraph under the fees table down to the thank you one, can all that be justified? looks tidier "
         "in a letter", "paragraph_range", paras_all(TAXC_FEES_RANGE, align="justify"),
         Targets(paras=(20, 21, 22), props=("align",)),
         (select("All our fees include VAT."), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 2 + "^+{DOWN}"),
          click("Justified"))),
    Case("d-b40-date-right", "tax_checklist",
         "the date under the title should be over on the right like a proper letter", "role",
         para("14 April 2026", exact=True, align="right"), Targets(paras=(3,), props=("align",)),
         (select("14 April 2026"), click("Align Right"))),
    Case("d-b40-georgia", "tax_checklist",
         "can everything go into georgia, tables included \u2013 we're trying to match the new letterhead",
         "whole_document", every_char(font="Georgia"), Targets(everything=True, props=("font",)),
         (keys("^a"), value("Font Name", "Georgia"))),
    Case("d-b40-closed-5th", "tax_checklist",
         "we're shut till the 5th of january this time, not the 2nd \u2013 everyone's taking the extra days",
         "unquoted", any_of(*TAXC_CLOSED_5), Targets(paras=(22,), text=True, props=()),
         (select("2 January"), keys("5 January"))),
    Case("d-b40-dates-italic", "tax_checklist", "cud u put teh key dtaes heading in itallics", "typo",
         fmt("Key dates", italic=True), Targets(paras=(6,), props=("italic",)),
         (select("Key dates"), click("Italic"))),
    Case("d-b40-third-bullet", "tax_checklist",
         "underline the third bullet please, bank statements are always the thing we end up chasing", "by_position",
         chars_in_paras([TAXC_NEED[2]], underline=True), Targets(paras=(11,), props=("underline",)),
         (select(TAXC_NEED[2]), click("Underline"))),
    Case("d-b40-fees-page", "tax_checklist",
         "put our fees on a new page so i can print that page on its own for new enquiries", "page_break",
         page_break_between("we\u2019ll scan it for you.", "Our fees"),
         Targets(paras=(18, 19), props=("breaks",), new_paras=2),
         (select("Our fees"), keys("{HOME}"), click("Page Break"))),
    Case("d-b40-infeasible-mailchimp", "tax_checklist",
         "send this out on mailchimp to the whole client list tonight pls", "infeasible", unchanged()),
    Case("d-b40-public-title-centre", "tax_checklist", "Center-align the title of the document.", "public_style",
         para("Self Assessment Checklist 2025\u201326", align="center"), Targets(paras=(2,), props=("align",)),
         (select("Self Assessment Checklist 2025\u201326"), click("Align Center"))),
    # ---- batch 41: a district council's residents' parking zone consultation letter (parking_consultation), a genre
    # new to the set; written by a helper who never read the runtime; not yet measured. Table edits told as news: a
    # permit price gone up, a permit dropped, a header row bolded; then a closing date moved with its line bolded in
    # one message, a survey link changed with a heading coloured in one message, a sentence italicised and a numbered
    # step deleted by what they say, a section told by its heading, the title by its role, a whole-document font, a
    # complaints figure told without quotes, a misspelt request, a numbered step by its place, a page break, a print
    # run the editor cannot make and a public-benchmark instruction
    Case("d-b41-second-car-95", "parking_consultation",
         "finance have signed off the new charges and a second car permit is going to be 95 quid, not 90. can you fix "
         "that in the permits table", "table", PARK_SECOND_95, Targets(cells=((0, 2, 1),), text=True, props=()),
         (select_cells(1, row=3, column=2), keys("{HOME}+{END}\u00a395.00"))),
    Case("d-b41-no-ev-permit", "parking_consultation",
         "cabinet threw out the cheap permit for electric cars last night, so that row needs to come out of the table "
         "altogether", "table", table_rows(0, PARK_PERMITS[:-1]), Targets(tables=(0,), removed_rows=1),
         (select_cells(1, row=7), click("Delete Rows"))),
    Case("d-b41-dropin-header-bold", "parking_consultation",
         "the date / time / where row at the top of the drop-in table wants to be bold like the permits one, at the "
         "moment it just looks like another session", "table", cells_fmt(1, row=0, bold=True),
         Targets(cells=((1, 0, None),), props=("bold",)), (select_cells(2, row=1), click("Bold"))),
    Case("d-b41-closes-26-bold", "parking_consultation",
         "members want to give people an extra week so it closes on friday 26 march now. can you change that and make "
         "the whole closing date line bold, we don't want anyone saying they missed it", "multi_op",
         all_of(any_of(*PARK_CLOSES_26), chars_in_paras(["Consultation closes:"], bold=True)),
         Targets(paras=(4,), text=True, props=("bold",)),
         (select("19 March"), keys("26 March"), select("Consultation closes: Friday 26 March 2027"), click("Bold"))),
    Case("d-b41-link-orange", "parking_consultation",
         "IT have moved the survey, it's marlowvale.example/abbeyroad now instead of the zonek one. oh and could the "
         "have your say heading be orange so it jumps out a bit", "multi_op",
         all_of(PARK_NEW_LINK, fmt("Have your say", color="orange")),
         Targets(paras=(18, 20), text=True, props=("color",)),
         (select("marlowvale.example/zonek"), keys("marlowvale.example/abbeyroad"), select("Have your say"),
          value("Font Color", "#C55A11"))),
    Case("d-b41-plates-italic", "parking_consultation",
         "put the sentence about permits going on your number plate in italics \u2013 we keep getting calls asking "
         "where you're meant to stick them", "by_content",
         any_of(fmt(PARK_PLATES, italic=True), fmt(PARK_PLATES[:-1], italic=True)),
         Targets(spans=(PARK_PLATES,), props=("italic",)), (select(PARK_PLATES), click("Italic"))),
    Case("d-b41-no-email-step", "parking_consultation",
         "take out the step about emailing us, that inbox gets switched off in march and we'd rather everyone did the "
         "survey anyway", "by_content", park_no_email, Targets(paras=(21,), removed=True, text=True),
         (select(PARK_STEPS[1]), keys("{HOME}+{DOWN}{DELETE}"))),
    Case("d-b41-proposing-spacing", "parking_consultation",
         "the what we are proposing section, heading, the paragraph and the list of streets \u2013 could all that go "
         "1.5 spacing? it's the only bit most people will actually read", "paragraph_range",
         paras_all(PARK_PROPOSING_RANGE, line=1.5), Targets(paras=(7, 8, 9, 10, 11, 12, 13, 14), props=("line",)),
         (select("What we are proposing"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 7 + "^+{DOWN}"),
          value("Line Spacing", "1.5"))),
    Case("d-b41-title-20", "parking_consultation",
         "the title's running onto two lines and it looks a bit shouty, can it come down to 20pt", "role",
         fmt(PARK_TITLE, size=20), Targets(paras=(2,), props=("size",)),
         (select(PARK_TITLE), value("Font Size", "20"))),
    Case("d-b41-verdana", "parking_consultation",
         "can the whole letter be in verdana, tables as well? our accessibility officer says it's easier going for "
         "people with dyslexia", "whole_document", every_char(font="Verdana"),
         Targets(everything=True, props=("font",)), (keys("^a"), value("Font Name", "Verdana"))),
    Case("d-b41-complaints-163", "parking_consultation",
         "it's 163 complaints, not 146 \u2013 we'd left out the ones that came in through the ward councillors",
         "unquoted", PARK_163, Targets(paras=(6,), text=True, props=()),
         (select("146 complaints"), keys("163 complaints"))),
    Case("d-b41-badge-underline", "parking_consultation",
         "cuold you undreline the bleu badge holders bit, the hole line not jsut the lable", "typo",
         chars_in_paras(["Blue Badge holders:"], underline=True), Targets(paras=(17,), props=("underline",)),
         (select("Blue Badge holders: " + PARK_BLUE), click("Underline"))),
    Case("d-b41-first-step-hl", "parking_consultation",
         "highlight the first of the numbered ways to reply please, online responses are so much less work for us to "
         "count", "by_position", chars_in_paras([PARK_STEPS[0]], highlight=True),
         Targets(paras=(20,), props=("highlight",)),
         (select(PARK_STEPS[0]), value("Character Highlighting Color", "Yellow"))),
    Case("d-b41-say-page", "parking_consultation",
         "can have your say start on a new page? then the last sheet is just the how to reply stuff and people can "
         "keep it by the phone", "page_break", page_break_between("need a permit as well.", "Have your say"),
         Targets(paras=(17, 18), props=("breaks",), new_paras=2),
         (select("Have your say"), keys("{HOME}"), click("Page Break"))),
    Case("d-b41-infeasible-print", "parking_consultation",
         "can you print 2,400 of these on the big machine in reprographics? they've got to go out with the freepost "
         "envelopes on monday", "infeasible", unchanged()),
    Case("d-b41-public-size", "parking_consultation",
         'Change the font size of the paragraph under the heading "What we are proposing" to 12 pt.', "public_style",
         chars_in_paras([PARK_PROPOSAL], size=12), Targets(paras=(8,), props=("size",)),
         (select(PARK_PROPOSAL), value("Font Size", "12"))),
    # ---- batch 42: a community repair café's information sheet (repair_cafe), a genre new to the set; written by a
    # helper who never read the runtime; not yet measured. Table edits told as news: a new fixer added at the bottom, a
    # meeting time changed in a cell, a column centred; then a room changed with a heading coloured in one message, a
    # cut-off time changed with its paragraph italicised in one message, a bullet bolded and a sentence coloured by
    # what they say, a section told by its heading, the sign-off by its role, a whole-document colour, a repairs figure
    # told without quotes, a misspelt request, the last bullet by its place, a subscript inside a formula, an order the
    # editor cannot place and a public-benchmark instruction
    Case("d-b42-clock-fixer", "repair_cafe",
         "we've finally got a clock man!! eddie marsh, he'll be table 8 doing clocks and anything else with a wind-up "
         "mechanism. can you put him on the bottom of the fixers table", "table", repair_clock_added,
         Targets(tables=(0,), new_rows=1),
         (select_cells(1, row=8), click("Rows Below"), select_cells(1, row=8, column=3),
          keys("{END}{TAB}8{TAB}Clocks and wind-up mechanisms{TAB}Eddie Marsh"))),
    Case("d-b42-agm-half-one", "repair_cafe",
         "the agm after the march session is half 1 now not quarter past, we need a bit longer to clear the tables "
         "first", "table", REPAIR_AGM_130, Targets(cells=((1, 3, 2),), text=True, props=()),
         (select_cells(2, row=4, column=3), keys("{END}" + "{BACKSPACE}" * 6 + "1:30pm"))),
    Case("d-b42-numbers-centre", "repair_cafe",
         "can the table numbers in the fixers table be centred in their column? they look a bit lost stuck over on "
         "the left", "table", cells_para(0, col=0, align="center"), Targets(cells=((0, None, 0),), props=("align",)),
         (select_cells(1, column=1), click("Align Center"))),
    Case("d-b42-room-purple", "repair_cafe",
         "we're next door in the community room from now on, same church and same address, the hall's getting a new "
         "roof. can you change that on the line under the title, and make the our fixers heading purple while you're "
         "in there", "multi_op", all_of(any_of(*REPAIR_ROOM), fmt("Our fixers", color="purple")),
         Targets(paras=(1, 6), text=True, props=("color",)),
         (select("Church Hall"), keys("Community Room"), select("Our fixers"), value("Font Color", "#7030A0"))),
    Case("d-b42-stop-1215-italic", "repair_cafe",
         "we're going to stop taking new things at quarter past twelve, not half past \u2013 ray was still soldering "
         "at ten to two last month. and put that paragraph in italics please", "multi_op",
         all_of(any_of(*REPAIR_LAST_1215), chars_in_paras(["All sessions run"], italic=True)),
         Targets(paras=(20,), text=True, props=("italic",)),
         (select("12:30pm"), keys("12:15pm"), select(REPAIR_DATES_NOTE.replace("12:30pm", "12:15pm")),
          click("Italic"))),
    Case("d-b42-microwave-bold", "repair_cafe",
         "bold the one about microwaves please, somebody brought one in last month and malcolm nearly had kittens",
         "by_content", chars_in_paras([REPAIR_NO[0]], bold=True), Targets(paras=(15,), props=("bold",)),
         (select(REPAIR_NO[0]), click("Bold"))),
    Case("d-b42-sticker-red", "repair_cafe",
         "can the sentence about failed things going home with a red sticker actually be in red? seems only right",
         "by_content", any_of(fmt(REPAIR_STICKER, color="red"), fmt(REPAIR_STICKER[:-1], color="red")),
         Targets(spans=(REPAIR_STICKER,), props=("color",)), (select(REPAIR_STICKER), value("Font Color", "Red"))),
    Case("d-b42-how-blue", "repair_cafe",
         "the how it works bit, heading and the five steps under it, can that all be dark blue? it's the part we "
         "laminate and stick on the hall door", "paragraph_range", chars_in_paras(REPAIR_HOW_RANGE, color="blue"),
         Targets(paras=(8, 9, 10, 11, 12, 13), props=("color",)),
         (select("How it works"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 5 + "^+{DOWN}"),
          value("Font Color", "#1F4E9A"))),
    Case("d-b42-signoff-italic", "repair_cafe",
         "the sign-off at the bottom, all three lines, in italics please \u2013 fiona reckons it looks friendlier",
         "role", REPAIR_SIGN_OFF, Targets(paras=(24, 25, 26), props=("italic",)),
         (select("Happy mending,"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 2 + "^+{DOWN}"), click("Italic"))),
    Case("d-b42-dark-grey", "repair_cafe",
         "can all the text go dark grey instead of black, headings and tables and everything? it's going on the new "
         "website and proper black looks really harsh on there", "whole_document", every_char(color="grey"),
         Targets(everything=True, props=("color",)), (keys("^a"), value("Font Color", "#595959"))),
    Case("d-b42-fixed-845", "repair_cafe",
         "we've actually fixed 845, not 812 \u2013 i forgot to count the ones from the pop-up at the library in "
         "november", "unquoted", REPAIR_845, Targets(paras=(5,), text=True, props=()),
         (select("fixed 812"), keys("fixed 845"))),
    Case("d-b42-volunteer-16", "repair_cafe",
         "cna you mkae the voluntere with us heading biger, 16 or so, we relly need more poeple", "typo",
         fmt("Volunteer with us", size=16), Targets(paras=(22,), props=("size",)),
         (select("Volunteer with us"), value("Font Size", "16"))),
    Case("d-b42-last-bullet-strike", "repair_cafe",
         "strike through the last of the don't bring bullets but leave it there \u2013 we've got a sack trolley now so "
         "heavy stuff's fine, though we might change our minds", "by_position",
         chars_in_paras([REPAIR_NO[3]], strike=True), Targets(paras=(18,), props=("strike",)),
         (select(REPAIR_NO[3]), click("Strikethrough"))),
    Case("d-b42-co2", "repair_cafe",
         "the 2 in co2 in the first paragraph should be a little one sat below the line. anjali teaches chemistry and "
         "it's driving her mad", "char_in_word", fmt("CO[2]", vert="subscript"),
         Targets(spans=("CO[2]",), props=("vert",)), (select("CO2"), keys("{LEFT}+{RIGHT}"), click("Subscript"))),
    Case("d-b42-infeasible-irons", "repair_cafe",
         "can you order two more soldering irons off screwfix, the cheap 40 watt ones, ray's melted the tip off his",
         "infeasible", unchanged()),
    Case("d-b42-public-double", "repair_cafe",
         'Set the line spacing of the paragraph below the heading "Volunteer with us" to double.', "public_style",
         para("We are always looking for more fixers", line=2.0), Targets(paras=(23,), props=("line",)),
         (select(REPAIR_VOLUNTEER), value("Line Spacing", "2"))),
    # ---- batch 43: a beekeepers' association's beginners' course joining letter (beekeeping_course), a genre new to
    # the set; written by a helper who never read the runtime; not yet measured. Table edits told as news: a talk
    # moved back a week, an equipment row dropped, two rows bolded; then a fee changed with a label line italicised in
    # one message, talk times changed with a heading coloured in one message, a sentence bolded and a bullet deleted by
    # what they say, a section told by its ends, the sign-off by its role, a whole-document colour, a head count told
    # without quotes, a misspelt request, a numbered step by its place, a page break, an order the editor cannot place
    # and a public-benchmark instruction
    Case("d-b43-varroa-13th", "beekeeping_course",
         "the varroa evening's had to go back a week to tuesday the 13th \u2013 the hall's got a wedding fair on the "
         "6th. can you fix the date in the table", "table", BEE_VARROA_13,
         Targets(cells=((0, 5, 0),), text=True, props=()),
         (select_cells(1, row=6, column=1), keys("{HOME}+{END}Tue 13 April"))),
    Case("d-b43-no-flatpack", "beekeeping_course",
         "take the flat-pack hive off the equipment table. we tell them to wait and every year somebody buys one in "
         "february regardless", "table", table_rows(1, BEE_KIT[:5]), Targets(tables=(1,), removed_rows=1),
         (select_cells(2, row=6), click("Delete Rows"))),
    Case("d-b43-saturdays-bold", "beekeeping_course",
         "the two saturday mornings up at the apiary need to jump out of the dates table \u2013 can both those rows go "
         "bold? half of last year's lot missed the first inspection", "table",
         all_of(cells_fmt(0, row=6, bold=True), cells_fmt(0, row=7, bold=True)),
         Targets(cells=((0, 6, None), (0, 7, None)), props=("bold",)),
         (select_cells(1, row=7), click("Bold"), select_cells(1, row=8), click("Bold"))),
    Case("d-b43-fee-tutor", "beekeeping_course",
         "committee's put the course fee up to 150, the bbka insurance went up again (sorry everyone). and could the "
         "course tutor line be in italics", "multi_op",
         all_of(any_of(*BEE_FEE_150), chars_in_paras(["Course tutor:"], italic=True)),
         Targets(paras=(3, 4), text=True, props=("italic",)),
         (select("\u00a3145"), keys("\u00a3150"), select("Course tutor: Ralph Keane, BBKA Master Beekeeper"),
          click("Italic"))),
    Case("d-b43-half-seven", "beekeeping_course",
         "talks are half 7 till half 9 now, the toddler group has the hall until 7. oh and make the what to bring "
         "heading green while you're in there", "multi_op",
         all_of(any_of(*BEE_HALF_SEVEN), fmt("What to bring", color="green")),
         Targets(paras=(6, 16), text=True, props=("color",)),
         (select("7:00pm to 9:00pm"), keys("7:30pm to 9:30pm"), select("What to bring"),
          value("Font Color", "#00A933"))),
    Case("d-b43-sting-bold", "beekeeping_course",
         "bold the sentence telling them to scrape a sting out sideways rather than pull it \u2013 everyone's first "
         "instinct is to pinch it and that's the worst thing you can do", "by_content",
         any_of(fmt(BEE_STING_RULE, bold=True), fmt(BEE_STING_RULE[:-1], bold=True)),
         Targets(spans=(BEE_STING_RULE,), props=("bold",)), (select(BEE_STING_RULE), click("Bold"))),
    Case("d-b43-no-dark-clothes", "beekeeping_course",
         "get rid of the bullet about wearing light colours under your suit. the suits are white, the bees couldn't "
         "care less what's underneath", "by_content", bee_no_dark_clothes,
         Targets(paras=(19,), removed=True, text=True), (select(BEE_BRING[1]), keys("{END}+{RIGHT}^+{DOWN}{DELETE}"))),
    Case("d-b43-apiary-spacing", "beekeeping_course",
         "the visiting the apiary bit, from the parking step down to the paragraph about getting stung \u2013 could "
         "that all be 1.5 spaced? we hand it out on its own at the farm gate", "paragraph_range",
         paras_all(BEE_APIARY_RANGE, line=1.5), Targets(paras=(10, 11, 12, 13, 14, 15), props=("line",)),
         (select(BEE_STEPS[0]), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 5 + "^+{DOWN}"), value("Line Spacing", "1.5"))),
    Case("d-b43-signoff-right", "beekeeping_course",
         "can the sign off go over to the right, all three lines of it? margaret thinks it looks more like a proper "
         "letter that way", "role", paras_all(BEE_SIGN_OFF, align="right"),
         Targets(paras=(27, 28, 29), props=("align",)),
         (select("Happy beekeeping,"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 2 + "^+{DOWN}"), click("Align Right"))),
    Case("d-b43-honey-brown", "beekeeping_course",
         "could all the writing be a dark brown, tables and everything? we're going for a honey sort of look on the "
         "new website and this is going on there too", "whole_document", every_char(color=cafe_brown),
         Targets(everything=True, props=("color",)), (keys("^a"), value("Font Color", "#7B3F00"))),
    Case("d-b43-sixteen", "beekeeping_course",
         "two more signed up on friday so there's 16 on the course now, not 14", "unquoted", BEE_SIXTEEN,
         Targets(paras=(6,), text=True, props=()), (select("14 of you"), keys("16 of you"))),
    Case("d-b43-equipment-underline", "beekeeping_course", "cn u undreline the equipmnet to buy heding pls, ta",
         "typo", fmt("Equipment to buy", underline=True), Targets(paras=(22,), props=("underline",)),
         (select("Equipment to buy"), click("Underline"))),
    Case("d-b43-second-step-hl", "beekeeping_course",
         "highlight the 2nd step in the apiary list please. a chap came up last may with his veil half undone and got "
         "one right on the nose", "by_position", chars_in_paras([BEE_STEPS[1]], highlight=True),
         Targets(paras=(11,), props=("highlight",)),
         (select(BEE_STEPS[1]), value("Character Highlighting Color", "Yellow"))),
    Case("d-b43-equipment-page", "beekeeping_course",
         "can equipment to buy start on a fresh page? i want to run that page off on its own for the counter at abbey "
         "bee supplies", "page_break", page_break_between(BEE_BRING[4], "Equipment to buy"),
         Targets(paras=(21, 22), props=("breaks",), new_paras=2),
         (select("Equipment to buy"), keys("{HOME}"), click("Page Break"))),
    Case("d-b43-infeasible-hive-tools", "beekeeping_course",
         "can you order 14 hive tools from abbey bee supplies for the first session and put them on the association's "
         "account", "infeasible", unchanged()),
    Case("d-b43-public-italic", "beekeeping_course",
         'Italicize the paragraph below the heading "After the course".', "public_style",
         chars_in_paras(["Everyone who finishes the course"], italic=True), Targets(paras=(26,), props=("italic",)),
         (select(BEE_MENTOR), click("Italic"))),
    # ---- batch 44: a film society's autumn season programme (film_society_season), a genre new to the set; written by
    # a helper who never read the runtime; not yet measured. Table edits told as news: two films swapping dates, a
    # guest price gone up, a column greyed; then door times changed with a label line bolded in one message, a new
    # membership secretary with a heading in capitals in one message, a bullet struck through and a sentence coloured
    # by what they say, a section told by its heading, the line under the name by its role, a whole-document font, a
    # meeting date told without quotes, a misspelt request, a bullet by its place, an accent put back inside a title, a
    # print run the editor cannot do and a public-benchmark instruction
    Case("d-b44-roma-swap", "film_society_season",
         "we've had to swap roma and the quiet girl round, the distributor can't get roma to us till the end of "
         "november. the dates stay where they are, it's just the two films that change places", "table",
         table_rows(0, FILM_SWAPPED), Targets(cells=((0, 4, None), (0, 5, None)), text=True, props=()),
         FILM_SWAP_KEYS),
    Case("d-b44-guest-tenner", "film_society_season",
         "guest tickets are going up to a tenner from october, the hall hire's gone up again", "table",
         FILM_GUEST_10, Targets(cells=((1, 3, 1),), text=True, props=()),
         (select_cells(2, row=4, column=2), keys("{HOME}+{END}\u00a310"))),
    Case("d-b44-years-grey", "film_society_season",
         "can the year column in the films table go grey? it's only there for the anoraks, nobody else reads it",
         "table", cells_fmt(0, col=3, color="grey"), Targets(cells=((0, None, 3),), props=("color",)),
         (select_cells(1, column=4), value("Font Color", "#808080"))),
    Case("d-b44-doors-season", "film_society_season",
         "doors open at quarter to 7 from now on so folk can get a drink in first \u2013 it's on the line under our "
         "name. and can the season ticket line be bold, all of it", "multi_op",
         all_of(any_of(*FILM_DOORS), chars_in_paras(["Season ticket:"], bold=True)),
         Targets(paras=(1, 4), text=True, props=("bold",)),
         (select("doors 7:00pm"), keys("doors 6:45pm"), select("Season ticket: " + FILM_SEASON), click("Bold"))),
    Case("d-b44-priya-caps", "film_society_season",
         "anne's stepped down after twelve years (card and cake at the first film, shh) so it's priya sandhu doing "
         "membership now, same mobile. and put the tickets and prices heading in capitals would you", "multi_op",
         all_of(FILM_PRIYA, FILM_TICKETS_CAPS), Targets(paras=(3, 9), text=True, props=("caps",)),
         (select("Anne Whitlock"), keys("Priya Sandhu"), select("Tickets and prices"), click("UPPERCASE"))),
    Case("d-b44-raffle-strike", "film_society_season",
         "strike through the raffle bullet but leave it in \u2013 the hall committee won't let us run one this autumn, "
         "it might be back in the spring", "by_content", chars_in_paras([FILM_HELP[2]], strike=True),
         Targets(paras=(20,), props=("strike",)), (select(FILM_HELP[2]), click("Strikethrough"))),
    Case("d-b44-late-red", "film_society_season",
         "the sentence about the doors shutting once the lights go down, put that in red. we had a whole row barging "
         "in twenty minutes into the last film of the spring", "by_content",
         any_of(fmt(FILM_LATE_RULE, color="red"), fmt(FILM_LATE_RULE[:-1], color="red")),
         Targets(spans=(FILM_LATE_RULE,), props=("color",)), (select(FILM_LATE_RULE), value("Font Color", "Red"))),
    Case("d-b44-night-12", "film_society_season",
         "everything under on the night \u2013 the four steps and the bit after them \u2013 up to 12pt please. the "
         "door volunteers read it out and their eyes aren't what they were", "paragraph_range",
         chars_in_paras(FILM_NIGHT_RANGE, size=12), Targets(paras=(12, 13, 14, 15, 16), props=("size",)),
         (select(FILM_STEPS[0]), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 4 + "^+{DOWN}"), value("Font Size", "12"))),
    Case("d-b44-line-italic", "film_society_season",
         "the where and when line under our name, can that go in italics? it looks too much like the body text",
         "role", chars_in_paras(["Screenings at the Burgage Hall"], italic=True),
         Targets(paras=(1,), props=("italic",)), (select(FILM_LINE), click("Italic"))),
    Case("d-b44-arial", "film_society_season",
         "could the whole thing go into arial, tables as well? the library printer turns anything fancy into mush",
         "whole_document", every_char(font="Arial"), Targets(everything=True, props=("font",)),
         (keys("^a"), value("Font Name", "Arial"))),
    Case("d-b44-agm-29", "film_society_season",
         "the agm's been put back a week to the 29th, the hall double booked us with the flower club", "unquoted",
         any_of(*FILM_AGM_29), Targets(paras=(23,), text=True, props=()), (select("22 January"), keys("29 January"))),
    Case("d-b44-title-centre", "film_society_season",
         "cna you centre teh autum seasn heading, its stuck ovre on the left", "typo",
         para(FILM_TITLE, align="center"), Targets(paras=(2,), props=("align",)),
         (select(FILM_TITLE), click("Align Center"))),
    Case("d-b44-first-bullet", "film_society_season",
         "underline the first bullet under helping out \u2013 we're desperate for chair people, gareth's back can't "
         "take it every fortnight", "by_position", chars_in_paras([FILM_HELP[0]], underline=True),
         Targets(paras=(18,), props=("underline",)), (select(FILM_HELP[0]), click("Underline"))),
    Case("d-b44-amelie", "film_society_season",
         "amelie's missing the accent on the first e, the french teacher in the front row will definitely say "
         "something", "char_in_word", FILM_AMELIE, Targets(cells=((0, 1, 1),), text=True, props=()),
         (select_cells(1, row=2, column=2), keys("{HOME}+{END}Am\u00e9lie"))),
    Case("d-b44-infeasible-print", "film_society_season",
         "print 60 of these for the foyer table before friday please, double sided", "infeasible", unchanged()),
    Case("d-b44-public-bullets", "film_society_season",
         'Change the numbered list under the heading "On the night" into a bulleted list.', "public_style",
         paras_all(FILM_STEPS, list=bulleted), Targets(paras=FILM_STEPS, props=("list",)),
         (select(FILM_STEPS[0]), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 3 + "^+{DOWN}"), click("Unordered List"))),
    # ---- batch 45: a care home's visiting and activities letter to families (care_home_visiting), a genre new to the
    # set; written by a helper who never read the runtime; not yet measured. Table edits told as news: an activity
    # leader standing in, an activity row gone, a price column lined up on the right; then visiting hours changed with
    # a heading coloured in one message, a meeting moved with its date highlighted in one message, a bullet coloured
    # and a sentence deleted by what they say, a section told by its heading, the greeting by its role, a
    # whole-document colour, a residents figure told without quotes, a misspelt request, a bullet by its place, a page
    # break, an email the editor cannot send and a public-benchmark instruction
    Case("d-b45-baking-denise", "care_home_visiting",
         "sue's having her hip done in may so denise clarke from the kitchen is running baking club until she's back "
         "on her feet. can you put denise in the activities table instead", "table", CARE_DENISE,
         Targets(cells=((0, 3, 4),), text=True, props=()),
         (select_cells(1, row=4, column=5), keys("{HOME}+{END}Denise Clarke"))),
    Case("d-b45-no-pets", "care_home_visiting",
         "sad news, biscuit has retired (he's 14, bless him) and maggie isn't getting another dog, so the pets as "
         "therapy visits are finished. take them out of the activities table please", "table",
         table_rows(0, CARE_NO_PETS), Targets(tables=(0,), removed_rows=1),
         (select_cells(1, row=5), click("Delete Rows"))),
    Case("d-b45-prices-right", "care_home_visiting",
         "could the prices in the extras table sit over on the right of their column? with the pence all different "
         "lengths they look a bit all over the place", "table", CARE_PRICES_RIGHT,
         Targets(cells=((1, None, 1),), props=("align",)), (select_cells(2, column=2), click("Align Right"))),
    Case("d-b45-half-seven-green", "care_home_visiting",
         "visiting finishes at half 7 now instead of 8, the night staff start their handover then. oh and can you make "
         "the visiting times heading dark green while you're at it", "multi_op",
         all_of(any_of(*CARE_HALF_SEVEN), fmt("Visiting times", color="green")),
         Targets(paras=(7, 8), text=True, props=("color",)),
         (select("8:00pm"), keys("7:30pm"), select("Visiting times"), value("Font Color", "#1E6B30"))),
    Case("d-b45-meeting-16-hl", "care_home_visiting",
         "the relatives meeting's moving back a week, same time and place, as femi doesn't start until the 14th. can "
         "you change it and highlight the date as well so nobody turns up on the wrong wednesday", "multi_op",
         any_of(*CARE_MEETING_16), Targets(paras=(24,), text=True, props=("highlight",)),
         (select("9 June"), keys("16 June"), select("Wednesday 16 June"),
          value("Character Highlighting Color", "Yellow"))),
    Case("d-b45-sickness-red", "care_home_visiting",
         "can the bullet about staying away after a tummy bug go red? we had norovirus right through the first floor "
         "in march and i'm not going through that again", "by_content", chars_in_paras([CARE_RULES[2]], color="red"),
         Targets(paras=(11,), props=("color",)), (select(CARE_RULES[2]), value("Font Color", "Red"))),
    Case("d-b45-no-minibus", "care_home_visiting",
         "great news, we've got a volunteer driver at last! so take out the sentence saying the valley gardens trips "
         "are on hold", "by_content", CARE_NO_MINIBUS, Targets(paras=(15,), text=True, props=()),
         (select(CARE_MINIBUS), keys("{DELETE}{BACKSPACE}"))),
    Case("d-b45-visiting-13", "care_home_visiting",
         "the visiting times section \u2013 heading, the paragraph and all the bullets \u2013 could that be 13pt? a "
         "lot of our visitors are in their eighties themselves and they read that bit off the noticeboard",
         "paragraph_range", chars_in_paras(CARE_VISIT_RANGE, size=13),
         Targets(paras=(7, 8, 9, 10, 11, 12, 13), props=("size",)),
         (select("Visiting times"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 6 + "^+{DOWN}"), value("Font Size", "13"))),
    Case("d-b45-greeting", "care_home_visiting",
         "can the greeting be to relatives and friends rather than families? a few residents haven't got any family "
         "left and their friends felt a bit left out last time", "role", any_of(*CARE_GREETING),
         Targets(paras=(5,), text=True, props=()), (select("families and friends"), keys("relatives and friends"))),
    Case("d-b45-all-black", "care_home_visiting",
         "the office printer only does black and white and the blue headings come out a horrible washed-out grey. can "
         "everything just be black, title and tables included", "whole_document", every_char(color=None),
         Targets(everything=True, props=("color",)), (keys("^a"), value("Font Color", "Black"))),
    Case("d-b45-residents-41", "care_home_visiting",
         "we're up to 41 residents now, not 38 \u2013 the three new rooms on the top corridor all filled up last week",
         "unquoted", CARE_41, Targets(paras=(6,), text=True, props=()),
         (select("38 residents"), keys("41 residents"))),
    Case("d-b45-extras-underline", "care_home_visiting",
         "cn yuo undreline the costs for extars heding, famlies keep saying they never saw the new prises", "typo",
         fmt("Costs for extras", underline=True), Targets(paras=(22,), props=("underline",)),
         (select("Costs for extras"), click("Underline"))),
    Case("d-b45-second-bullet-italic", "care_home_visiting",
         "put the second bullet under visiting times in italics would you, we're trying to get everyone back into the "
         "habit after the winter", "by_position", chars_in_paras([CARE_RULES[1]], italic=True),
         Targets(paras=(10,), props=("italic",)), (select(CARE_RULES[1]), click("Italic"))),
    Case("d-b45-extras-page", "care_home_visiting",
         "can costs for extras start on a new page? accounts want to staple that page to the may invoices",
         "page_break", page_break_between("bring your own cake.", "Costs for extras"),
         Targets(paras=(21, 22), props=("breaks",), new_paras=2),
         (select("Costs for extras"), keys("{HOME}"), click("Page Break"))),
    Case("d-b45-infeasible-email", "care_home_visiting",
         "can you email this to everyone on the next of kin list before the weekend, and copy in the area manager",
         "infeasible", unchanged()),
    Case("d-b45-public-centre", "care_home_visiting", f'Center the heading "{CARE_TITLE}".', "public_style",
         para(CARE_TITLE, align="center"), Targets(paras=(2,), props=("align",)),
         (select(CARE_TITLE), click("Align Center"))),
    # ---- batch 46: a chimney sweep's price list and customer notes (chimney_sweep_prices), a genre new to the set;
    # written by a helper who never read the runtime; not yet measured. Table edits told as news: a new service added
    # at the bottom, a price gone up, two areas swapping days; then a start date changed with the title coloured in
    # one message, a bullet reworded with another underlined in one message, a bullet bolded and a numbered step
    # deleted by what they say, a section told by its ends, the name at the top by its role, a whole-document font, a
    # trade body told without quotes, a misspelt request, a numbered step by its place, a letter put back inside a
    # place name, a calendar entry the editor cannot make and a public-benchmark instruction
    Case("d-b46-pot-row", "chimney_sweep_prices",
         "i've started doing chimney pot replacements as well, it's about 3 hours and \u00a3180 with the new pot "
         "included. can you stick that on the bottom of the prices table", "table", sweep_pot_added,
         Targets(tables=(0,), new_rows=1),
         (select_cells(1, row=8), click("Rows Below"), select_cells(1, row=8, column=3),
          keys("{END}{TAB}Chimney pot replacement{TAB}About 3 hours{TAB}\u00a3180"))),
    Case("d-b46-aga-90", "chimney_sweep_prices",
         "agas are going up to 90 quid, they take me forever with all the extra brushes and the bends in the flue",
         "table", SWEEP_AGA_90, Targets(cells=((0, 4, 2),), text=True, props=()),
         (select_cells(1, row=5, column=3), keys("{HOME}+{END}\u00a390"))),
    Case("d-b46-days-swap", "chimney_sweep_prices",
         "from next month i'm doing otley on wednesdays and burley on tuesdays, it fits round the school run better. "
         "can you switch them round in the areas table", "table", SWEEP_DAYS_SWAPPED,
         Targets(cells=((1, 2, None), (1, 3, None)), text=True, props=()),
         (select_cells(2, row=3, column=2), keys("{HOME}+{END}Wednesday"), select_cells(2, row=4, column=2),
          keys("{HOME}+{END}Tuesday"))),
    Case("d-b46-april-navy", "chimney_sweep_prices",
         "the new prices don't start till 1 april now, i held off a month because of diesel going up again. and can "
         "the title be navy blue", "multi_op", all_of(any_of(*SWEEP_APRIL), fmt(SWEEP_TITLE, color="blue")),
         Targets(paras=(2, 3), text=True, props=("color",)),
         (select("1 March 2027"), keys("1 April 2027"), select(SWEEP_TITLE), value("Font Color", "#000080"))),
    Case("d-b46-drone-underline", "chimney_sweep_prices",
         "i've bought a drone (early birthday present to myself) so it's not binoculars any more for checking the pot "
         "and cowl, can you change that bullet. and underline the one about the smoke test", "multi_op",
         all_of(sweep_drone, chars_in_paras([SWEEP_GET[1]], underline=True)),
         Targets(paras=(16, 18), text=True, props=("underline",)),
         (select("through binoculars"), keys("with a drone"), select(SWEEP_GET[1]), click("Underline"))),
    Case("d-b46-cert-bold", "chimney_sweep_prices",
         "bold the bullet about the certificate for insurance, half my calls these days are people whose insurer has "
         "asked them for one", "by_content", chars_in_paras([SWEEP_GET[2]], bold=True),
         Targets(paras=(17,), props=("bold",)), (select(SWEEP_GET[2]), click("Bold"))),
    Case("d-b46-no-pets-step", "chimney_sweep_prices",
         "take out the step about shutting pets away. a couple of customers thought i was having a go at their dogs "
         "and honestly they've never been a problem", "by_content", sweep_no_pets,
         Targets(paras=(12,), removed=True, text=True),
         (select(SWEEP_STEPS[2]), keys("{END}+{RIGHT}^+{DOWN}{DELETE}"))),
    Case("d-b46-before-double", "chimney_sweep_prices",
         "the before i arrive bit, from the heading down to the paragraph about me ringing ahead, can that be double "
         "spaced? people print it and tick the steps off with a pen", "paragraph_range",
         paras_all(SWEEP_BEFORE_RANGE, line=2.0), Targets(paras=(8, 9, 10, 11, 12, 13), props=("line",)),
         (select("Before I arrive"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 5 + "^+{DOWN}"), value("Line Spacing", "2"))),
    Case("d-b46-name-24", "chimney_sweep_prices",
         "my business name at the very top wants to be bigger, 24 or so \u2013 that's what folk look for when they "
         "dig it out of the kitchen drawer", "role", fmt(SWEEP_NAME, size=24), Targets(paras=(0,), props=("size",)),
         (select(SWEEP_NAME), value("Font Size", "24"))),
    Case("d-b46-gill-sans", "chimney_sweep_prices",
         "can the whole thing go in gill sans, tables too? it's the font on the side of the van so it'll all match",
         "whole_document", every_char(font=gill_sans), Targets(everything=True, props=("font",)),
         (keys("^a"), value("Font Name", "Gill Sans MT"))),
    Case("d-b46-nacs", "chimney_sweep_prices",
         "i've left the guild of master sweeps and joined the national association of chimney sweeps instead, can you "
         "change that at the top", "unquoted", any_of(*SWEEP_NACS), Targets(paras=(1,), text=True, props=()),
         (select("Guild of Master Sweeps"), keys("National Association of Chimney Sweeps"))),
    Case("d-b46-birds-italic", "chimney_sweep_prices",
         "cna u put the nestign birds bit in italcs pls, the hole thing not jsut the lable", "typo",
         chars_in_paras(["Nesting birds:"], italic=True), Targets(paras=(19,), props=("italic",)),
         (select("Nesting birds: " + SWEEP_BIRDS), click("Italic"))),
    Case("d-b46-first-step-hl", "chimney_sweep_prices",
         "highlight the first of the before i arrive steps \u2013 i still turn up to a roaring fire about twice a "
         "month", "by_position", chars_in_paras([SWEEP_STEPS[0]], highlight=True),
         Targets(paras=(9,), props=("highlight",)),
         (select(SWEEP_STEPS[0]), value("Character Highlighting Color", "Yellow"))),
    Case("d-b46-wharfedale", "chimney_sweep_prices",
         "wharfedale's missing its middle e in the first paragraph, you'd be amazed how many people round here point "
         "that out", "char_in_word", SWEEP_WHARFEDALE, Targets(paras=(5,), text=True, props=()),
         (select("Wharfdale"), keys("Wharfedale"))),
    Case("d-b46-infeasible-calendar", "chimney_sweep_prices",
         "pop mrs ackroyd in my google calendar for next tuesday at 9, wood burner in otley, she's paying cash",
         "infeasible", unchanged()),
    Case("d-b46-public-georgia", "chimney_sweep_prices", 'Change the font of the heading "Prices" to Georgia.',
         "public_style", fmt("Prices", font="Georgia"), Targets(paras=(6,), props=("font",)),
         (select("Prices"), value("Font Name", "Georgia"))),
    # ---- batch 47: a model railway club's annual exhibition programme (model_railway_exhibition), a genre new to the
    # set; written by a helper who never read the runtime; not yet measured. Table edits told as news: a trader pulled
    # out, an exhibitor replaced, a column italicised; then a closing time changed with a label line bolded in one
    # message, a club night moved with a heading underlined in one message, a numbered rule bolded and a sentence
    # deleted by what they say, a section told by its heading, the club name by its role, a whole-document font, a
    # visitor count told without quotes, a misspelt request, a bullet by its place, two letters put right inside a
    # layout's name, an email the editor cannot send and a public-benchmark instruction
    Case("d-b47-book-stall-out", "model_railway_exhibition",
         "the railway book stall have pulled out, his wife's having her hip done that weekend. can you take them off "
         "the traders table", "table", table_rows(1, RAIL_TRADERS[:5]), Targets(tables=(1,), removed_rows=1),
         (select_cells(2, row=6), click("Delete Rows"))),
    Case("d-b47-ben-pascoe", "model_railway_exhibition",
         "trevor's laid up with his knee (he's fine, just grumpy) so his son ben is bringing port kennack instead. "
         "can you put ben pascoe in the layouts table", "table", RAIL_BEN,
         Targets(cells=((0, 2, 3),), text=True, props=()),
         (select_cells(1, row=3, column=4), keys("{HOME}+{END}Ben Pascoe"))),
    Case("d-b47-exhibitor-italic", "model_railway_exhibition",
         "could the exhibitor column of the layouts table be in italics? at a glance you can't tell the club names "
         "from the layout names", "table", RAIL_EXHIBITORS_ITALIC,
         Targets(cells=((0, None, 3),), props=("italic",)), (select_cells(1, column=4), click("Italic"))),
    Case("d-b47-sunday-bold", "model_railway_exhibition",
         "we've got the centre till 5 on the sunday now, so we'll stay open till half 4 instead of 4. can you change "
         "the opening times, and make the admission line bold while you're at it", "multi_op",
         all_of(any_of(*RAIL_SUNDAY_430), chars_in_paras(["Admission:"], bold=True)),
         Targets(paras=(3, 4), text=True, props=("bold",)),
         (select("to 4:00pm"), keys("to 4:30pm"), select("Admission: " + RAIL_ADMISSION), click("Bold"))),
    Case("d-b47-thursdays-underline", "model_railway_exhibition",
         "club night's going to thursdays from november, the heritage railway want the goods shed on tuesdays for "
         "their volunteers. change that in the join the club bit and underline that heading too please", "multi_op",
         all_of(RAIL_THURSDAY, fmt("Join the club", underline=True)),
         Targets(paras=(22, 23), text=True, props=("underline",)),
         (select("every Tuesday"), keys("every Thursday"), select("Join the club"), click("Underline"))),
    Case("d-b47-no-touching-bold", "model_railway_exhibition",
         "bold the house rule about not touching the layouts. a toddler grabbed a class 37 right off hawes junction "
         "last year and dennis still hasn't got over it", "by_content", chars_in_paras([RAIL_RULES[0]], bold=True),
         Targets(paras=(17,), props=("bold",)), (select(RAIL_RULES[0]), click("Bold"))),
    Case("d-b47-jim-cards", "model_railway_exhibition",
         "take out the sentence saying jim only does cash \u2013 his grandson's set him up with one of those card "
         "readers, wonders never cease", "by_content", RAIL_NO_CASH, Targets(paras=(10,), text=True, props=()),
         (select(RAIL_CASH), keys("{DELETE}{BACKSPACE}"))),
    Case("d-b47-kids-comic-sans", "model_railway_exhibition",
         "the for younger visitors section, heading and its four bullets, can that lot go in comic sans? we're "
         "blowing it up as a poster for the kids' table by the door", "paragraph_range",
         chars_in_paras(RAIL_KIDS_RANGE, font="Comic Sans MS"), Targets(paras=(11, 12, 13, 14, 15), props=("font",)),
         (select("For younger visitors"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 4 + "^+{DOWN}"),
          value("Font Name", "Comic Sans MS"))),
    Case("d-b47-name-centre", "model_railway_exhibition",
         "the club name at the very top wants centring, it looks like it's slid off to one side", "role",
         para(RAIL_NAME, align="center"), Targets(paras=(0,), props=("align",)),
         (select(RAIL_NAME), click("Align Center"))),
    Case("d-b47-georgia", "model_railway_exhibition",
         "can the whole programme go into georgia, tables and all? the printers reckon trebuchet comes out looking a "
         "bit thin on their machine", "whole_document", every_char(font="Georgia"),
         Targets(everything=True, props=("font",)), (keys("^a"), value("Font Name", "Georgia"))),
    Case("d-b47-visitors-1260", "model_railway_exhibition",
         "we actually had 1,260 through the doors last year, not 1,140. somebody left the sunday afternoon tally "
         "sheet in the tea hatch", "unquoted", any_of(*RAIL_1260), Targets(paras=(6,), text=True, props=()),
         (select("1,140"), keys("1,260"))),
    Case("d-b47-admission-12", "model_railway_exhibition",
         "cud you make the admision line a bit biger, 12 or so? peolpe keep askin how much it is at the dorr",
         "typo", chars_in_paras(["Admission:"], size=12), Targets(paras=(4,), props=("size",)),
         (select("Admission: " + RAIL_ADMISSION), value("Font Size", "12"))),
    Case("d-b47-scouts-strike", "model_railway_exhibition",
         "strike through the 3rd bullet in the kids bit but leave it there \u2013 the scouts aren't sure they'll "
         "have the lego finished in time", "by_position", chars_in_paras([RAIL_KIDS[2]], strike=True),
         Targets(paras=(14,), props=("strike",)), (select(RAIL_KIDS[2]), click("Strikethrough"))),
    Case("d-b47-ribblehead", "model_railway_exhibition",
         "ribblehead's spelt wrong in the layouts table, the l and the e have got swapped round. the settle and "
         "carlisle lot will never let us hear the end of it", "char_in_word", RAIL_RIBBLEHEAD,
         Targets(cells=((0, 7, 1),), text=True, props=()),
         (select("Ribbelhead"), keys("Ribblehead"))),
    Case("d-b47-infeasible-email", "model_railway_exhibition",
         "can you email this to all the exhibitors tonight? their addresses are on the bookings spreadsheet",
         "infeasible", unchanged()),
    Case("d-b47-public-justify", "model_railway_exhibition",
         'Justify the paragraph below the heading "Welcome".', "public_style",
         para("Welcome to our 38th exhibition", align="justify"), Targets(paras=(6,), props=("align",)),
         (select(RAIL_WELCOME), click("Justified"))),
    # ---- batch 48: a village Round Table's bonfire and fireworks night information sheet (bonfire_fireworks_night), a
    # genre new to the set; written by a helper who never read the runtime; not yet measured. Table edits told as
    # news: a new event added where its time falls, a new person lighting the bonfire, a column bolded; then a phone
    # number changed with a heading resized in one message, a price gone up with a label line italicised in one
    # message, a numbered point highlighted and a sentence underlined by what they say, a section told by its heading,
    # the title by its role, a whole-document colour, a display length told without quotes, a misspelt request, a
    # numbered point by its place, a page break, a post the editor cannot make and a public-benchmark instruction
    Case("d-b48-guy-judging", "bonfire_fireworks_night",
         "we're doing a best guy competition this year! judging's at 6 o'clock at the bonfire enclosure, before it "
         "goes up. can you put it in the what's on table where it fits", "table", bonf_guy_added,
         Targets(tables=(0,), new_rows=1),
         (select_cells(1, row=3), click("Rows Below"), select_cells(1, row=3, column=3),
          keys("{END}{TAB}6:00pm{TAB}Best guy competition judging{TAB}Bonfire enclosure"))),
    Case("d-b48-edna-lights", "bonfire_fireworks_night",
         "the mayor can't come after all, some council do in york, so edna firth is lighting the bonfire \u2013 "
         "she's 101 in december and has lit it most years since the sixties, she's thrilled to bits", "table",
         bonf_edna_lights, Targets(cells=((0, 3, 1),), text=True, props=()),
         (select_cells(1, row=4, column=2), keys("{HOME}+{END}Bonfire lit by Edna Firth"))),
    Case("d-b48-gate-bold", "bonfire_fireworks_night",
         "can the gate prices in the tickets table go bold? we want people to clock that it's cheaper to buy online "
         "before they turn up", "table", BONF_GATE_BOLD, Targets(cells=((1, None, 2),), props=("bold",)),
         (select_cells(2, column=3), click("Bold"))),
    Case("d-b48-phone-whats-on", "bonfire_fireworks_night",
         "new phone, new number \u2013 it's 07700 900913 now. and can the what's on heading be a bit bigger, 16 "
         "maybe", "multi_op", all_of(BONF_NEW_PHONE, fmt("What\u2019s on", size=16)),
         Targets(paras=(3, 6), text=True, props=("size",)),
         (select("900842"), keys("900913"), select("What\u2019s on"), value("Font Size", "16"))),
    Case("d-b48-hog-roast-parking", "bonfire_fireworks_night",
         "ellerby farm have put the hog roast rolls up to \u00a37, pork's gone silly. oh and put the parking "
         "paragraph in italics so it doesn't get lost under the food list", "multi_op",
         all_of(any_of(*BONF_HOG_7), chars_in_paras(["Parking:"], italic=True)),
         Targets(paras=(17, 21), text=True, props=("italic",)),
         (select("\u00a36.50"), keys("\u00a37"), select("Parking: " + BONF_PARKING), click("Italic"))),
    Case("d-b48-dogs-highlight", "bonfire_fireworks_night",
         "highlight the safety point about leaving dogs at home. every year someone brings a spaniel and every year "
         "it bolts across the field", "by_content", chars_in_paras([BONF_SAFETY[3]], highlight=True),
         Targets(paras=(14,), props=("highlight",)),
         (select(BONF_SAFETY[3]), value("Character Highlighting Color", "Yellow"))),
    Case("d-b48-wind-underline", "bonfire_fireworks_night",
         "underline the sentence saying a windy night means the display gets delayed not cancelled \u2013 we had "
         "folk going home in a huff last time and missing the lot", "by_content",
         any_of(fmt(BONF_WIND, underline=True), fmt(BONF_WIND[:-1], underline=True)),
         Targets(spans=(BONF_WIND,), props=("underline",)), (select(BONF_WIND), click("Underline"))),
    Case("d-b48-safe-red", "bonfire_fireworks_night",
         "the keeping safe section, the heading and all five points, can that go red? st john ambulance asked us to "
         "make it impossible to miss", "paragraph_range", chars_in_paras(BONF_SAFE_RANGE, color="red"),
         Targets(paras=(10, 11, 12, 13, 14, 15), props=("color",)),
         (select("Keeping safe"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 5 + "^+{DOWN}"), value("Font Color", "Red"))),
    Case("d-b48-title-orange", "bonfire_fireworks_night",
         "the title's looking a bit plain, could it go orange? bonfire colours and all that", "role",
         fmt(BONF_TITLE, color="orange"), Targets(paras=(0,), props=("color",)),
         (select(BONF_TITLE), value("Font Color", "#FF8000"))),
    Case("d-b48-navy", "bonfire_fireworks_night",
         "can all the writing be dark blue, headings and both tables as well? it's the round table colour, and the "
         "printers are doing it on cream card", "whole_document", every_char(color=navy),
         Targets(everything=True, props=("color",)), (keys("^a"), value("Font Color", "#1F3864"))),
    Case("d-b48-display-25", "bonfire_fireworks_night",
         "the fireworks will last about 25 minutes this year, not 20 \u2013 starburst are throwing in an extra "
         "finale for nothing", "unquoted", BONF_25, Targets(paras=(5,), text=True, props=()),
         (select("about 20 minutes"), keys("about 25 minutes"))),
    Case("d-b48-help-green", "bonfire_fireworks_night",
         "cuold you mkae the can you help heding green, we relly need more marshalls this yaer", "typo",
         fmt("Can you help?", color="green"), Targets(paras=(22,), props=("color",)),
         (select("Can you help?"), value("Font Color", "#00A933"))),
    Case("d-b48-second-point-bold", "bonfire_fireworks_night",
         "bold the second of the safety points please, last year a lad was setting off his own rockets behind the "
         "scout hut", "by_position", chars_in_paras([BONF_SAFETY[1]], bold=True),
         Targets(paras=(12,), props=("bold",)), (select(BONF_SAFETY[1]), click("Bold"))),
    Case("d-b48-safe-page", "bonfire_fireworks_night",
         "can keeping safe start on a new page? that's the sheet we're laminating for the gate and the bar",
         "page_break", page_break_between("the queue gets long after 6:00pm.", "Keeping safe"),
         Targets(paras=(9, 10), props=("breaks",), new_paras=2),
         (select("Keeping safe"), keys("{HOME}"), click("Page Break"))),
    Case("d-b48-infeasible-facebook", "bonfire_fireworks_night",
         "stick this on the thornfield village facebook page for me, and pin it to the top if you can",
         "infeasible", unchanged()),
    Case("d-b48-public-indent", "bonfire_fireworks_night",
         'Increase the indentation of the paragraph that begins with "Parking:".', "public_style",
         more_indented("Parking:"), Targets(paras=(21,), props=("indent",)),
         (select("Parking: " + BONF_PARKING), click("Increase Indent"))),
    # ---- batch 49: a secondary school uniform shop's price list and ordering guide (school_uniform_prices), a genre
    # new to the set; written by a helper who never read the runtime; not yet measured. Table edits told as news: a
    # jumper price gone up, the rucksacks dropped, a price column centred; then a room move with the title coloured in
    # one message, a grant gone up with its paragraph italicised in one message, a bullet underlined and a sentence
    # deleted by what they say, a section told by its ends, the sign-off by its role, a whole-document font, a count
    # of calculators told without quotes, a misspelt request, a bullet by its place, a letter put back inside a
    # surname, an order the editor cannot place and a public-benchmark instruction
    Case("d-b49-jumper-up", "school_uniform_prices",
         "the supplier's put jumpers up again (third time in two years, honestly) so we're having to charge "
         "\u00a315.50 for them now. can you change it on the price list", "table", UNIF_JUMPER,
         Targets(cells=((0, 3, 2),), text=True, props=()),
         (select_cells(1, row=4, column=3), keys("{HOME}+{END}\u00a315.50"))),
    Case("d-b49-no-rucksacks", "school_uniform_prices",
         "we've stopped doing the logo rucksacks, we sold about four all year because the kids all want the north "
         "face ones. take them out of the prices table, whatever's left is going on the second-hand rail",
         "table", table_rows(0, UNIF_PRICES[:-1]), Targets(tables=(0,), removed_rows=1),
         (select_cells(1, row=10), click("Delete Rows"))),
    Case("d-b49-rail-centre", "school_uniform_prices",
         "in the little second-hand table, could the prices sit in the middle of their column? they look a bit lost "
         "stuck over on the left", "table", UNIF_RAIL_CENTRE, Targets(cells=((1, None, 1),), props=("align",)),
         (select_cells(2, column=2), click("Align Center"))),
    Case("d-b49-g16-dark-red", "school_uniform_prices",
         "we've moved over the summer \u2013 we're in G16 now, the old music practice room, loads more space for the "
         "rails. can you change that at the top, and make the title dark red to go with the blazers", "multi_op",
         all_of(UNIF_G16, fmt(UNIF_TITLE, color=dark_red)), Targets(paras=(1, 2), text=True, props=("color",)),
         (select("G14"), keys("G16"), select(UNIF_TITLE), value("Font Color", "Dark Red"))),
    Case("d-b49-grant-175-italic", "school_uniform_prices",
         "lancashire have put the uniform grant up to \u00a3175 this year, which is something. pop that in and put "
         "the help with costs paragraph in italics too, i want it to look a bit different from all the prices",
         "multi_op", any_of(*UNIF_GRANT_175), Targets(paras=(23,), text=True, props=("italic",)),
         (select("\u00a3150"), keys("\u00a3175"), select(UNIF_HELP.replace("\u00a3150", "\u00a3175")),
          click("Italic"))),
    Case("d-b49-named-underline", "school_uniform_prices",
         "underline the bullet saying we can't take anything back once it's been named or washed. had a dad on "
         "saturday trying to return a blazer with his lad's name in biro all over the lining", "by_content",
         chars_in_paras([UNIF_EXCHANGES[1]], underline=True), Targets(paras=(17,), props=("underline",)),
         (select(UNIF_EXCHANGES[1]), click("Underline"))),
    Case("d-b49-no-lost-property", "school_uniform_prices",
         "can you take out the sentence about the lost property cupboard and all the jumpers without names? the head "
         "reckons it sounds like we're nagging and it's meant to be a friendly letter", "by_content", UNIF_NO_LOST,
         Targets(paras=(6,), text=True, props=()), (select(UNIF_LOST), keys("{DELETE}{BACKSPACE}"))),
    Case("d-b49-order-spacing", "school_uniform_prices",
         "from the how to order heading down to the bit about the august saturdays, could you space that out to 1.5? "
         "it's the part people actually read and at the minute it's a bit of a wall", "paragraph_range",
         paras_all(UNIF_ORDER_RANGE, line=1.5), Targets(paras=(9, 10, 11, 12, 13, 14), props=("line",)),
         (select("How to order"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 5 + "^+{DOWN}"), value("Line Spacing", "1.5"))),
    Case("d-b49-sign-off-right", "school_uniform_prices",
         "the sign-off at the bottom with my name and everything, can that go over on the right hand side? like a "
         "proper letter", "role", paras_all(UNIF_SIGN_OFF, align="right"),
         Targets(paras=(24, 25, 26), props=("align",)),
         (select(UNIF_SIGN_OFF[0]), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 2 + "^+{DOWN}"), click("Align Right"))),
    Case("d-b49-arial", "school_uniform_prices",
         "could the whole lot be arial please, both tables as well? the school office does the copies and tahoma "
         "comes out all fuzzy on their machine", "whole_document", every_char(font="Arial"),
         Targets(everything=True, props=("font",)), (keys("^a"), value("Font Name", "Arial"))),
    Case("d-b49-calculators-45", "school_uniform_prices",
         "it was 45 calculators we bought for maths last year not 40, mr hussain counted them again when he did the "
         "stock check", "unquoted", UNIF_45, Targets(paras=(6,), text=True, props=()),
         (select("40 graphic"), keys("45 graphic"))),
    Case("d-b49-trousers-red", "school_uniform_prices",
         "cn you make the paragrpah about trousres and shoes red pls, evry septmber we get asked for trousers about "
         "fifty times a day", "typo", chars_in_paras([UNIF_PRICES_NOTE], color="red"),
         Targets(paras=(8,), props=("color",)), (select(UNIF_PRICES_NOTE), value("Font Color", "Red"))),
    Case("d-b49-receipt-strike", "school_uniform_prices",
         "put a line through the last bullet under exchanges, the one about keeping your receipt \u2013 don't "
         "delete it though, the new till might look up card payments but i want to be sure it works first",
         "by_position", chars_in_paras([UNIF_EXCHANGES[3]], strike=True), Targets(paras=(19,), props=("strike",)),
         (select(UNIF_EXCHANGES[3]), click("Strikethrough"))),
    Case("d-b49-fairclough", "school_uniform_prices",
         "my surname's wrong next to shop manager, there's a u missing out of fairclough. you've got it right at the "
         "bottom so it's just that one", "char_in_word", UNIF_FAIRCLOUGH, Targets(paras=(4,), text=True, props=()),
         (select("Fairclogh"), keys("Fairclough"))),
    Case("d-b49-infeasible-order", "school_uniform_prices",
         "can you order another 30 of the big blazers from the supplier for me? 40 and 42 chest mostly, the account "
         "number's on last term's invoice", "infeasible", unchanged()),
    Case("d-b49-public-size", "school_uniform_prices",
         'Change the font size of the heading "Help with costs" to 16 pt.', "public_style",
         fmt("Help with costs", size=16), Targets(paras=(22,), props=("size",)),
         (select("Help with costs"), value("Font Size", "16"))),
    # ---- batch 50: a running club's winter training plan (winter_training_plan), a genre new to the set; written by
    # a helper who never read the runtime; not yet measured. Table edits told as news: a new session added where its
    # day falls, two leaders swapping sessions, a plain header row bolded; then a Christmas venue changed with a
    # heading coloured in one message, a torch brightness changed with a heading underlined in one message, a bullet
    # bolded and a sentence deleted by what they say, a section told by its heading, the line under the title by its
    # role, whole-document line spacing, a member count told without quotes, a misspelt request, a numbered step by
    # its place, a page break, a post the editor cannot make and a public-benchmark instruction
    Case("d-b50-friday-social", "winter_training_plan",
         "we're starting a friday social run! about 5k, nice and steady, 6:30pm from outside the hole in the wall, "
         "and jo marsden's leading it. can you get it into the weekly sessions table in the right place",
         "table", wint_friday_added, Targets(tables=(0,), new_rows=1),
         (select_cells(1, row=5), click("Rows Below"), select_cells(1, row=5, column=5),
          keys("{END}{TAB}Friday{TAB}Social run, about 5km{TAB}6:30pm{TAB}The Hole in the Wall{TAB}Jo Marsden"))),
    Case("d-b50-tom-dave-swap", "winter_training_plan",
         "tom and dave are swapping \u2013 dave's doing the monday recovery runs now and tom's taking the track on "
         "thursdays. dave's achilles doesn't like the bends. can you sort the sessions table", "table", WINT_SWAPPED,
         Targets(cells=((0, 1, 4), (0, 4, 4)), text=True, props=()),
         (select("Dave Sutcliffe"), keys("Tom Greenwood"), select("Tom Greenwood"), keys("Dave Sutcliffe"))),
    Case("d-b50-blocks-header-bold", "winter_training_plan",
         "the top row of the building up table isn't bold like the one in the sessions table, it looks unfinished. "
         "bold it please", "table", cells_fmt(1, row=0, bold=True), Targets(cells=((1, 0, None),), props=("bold",)),
         (select_cells(2, row=1), click("Bold"))),
    Case("d-b50-wharf-green", "winter_training_plan",
         "the white lion have double booked us, the muppets, so the christmas do's at the stubbing wharf instead. same "
         "night, same time. and make the winter social heading green while you're in there", "multi_op",
         any_of(*WINT_WHARF), Targets(paras=(21, 22), text=True, props=("color",)),
         (select("the White Lion"), keys("the Stubbing Wharf"), select("Winter social"),
          value("Font Color", "#00A933"))),
    Case("d-b50-400-lumens", "winter_training_plan",
         "300 lumens is fine along the canal but it's useless up on the tops, make the head torch bullet say 400. oh "
         "and underline the running in the dark heading", "multi_op",
         all_of(WINT_400, fmt("Running in the dark", underline=True)),
         Targets(paras=(10, 11), text=True, props=("underline",)),
         (select("300 lumens"), keys("400 lumens"), select("Running in the dark"), click("Underline"))),
    Case("d-b50-threes-bold", "winter_training_plan",
         "bold the bullet about running in threes on the tops and not leaving the back marker on their own. we nearly "
         "lost someone on midgehole last january and i'm not having that again", "by_content",
         chars_in_paras([WINT_DARK[2]], bold=True), Targets(paras=(13,), props=("bold",)),
         (select(WINT_DARK[2]), click("Bold"))),
    Case("d-b50-no-hills-line", "winter_training_plan",
         "take out the line about hill reps being the hardest session but the one that does you most good. dave says "
         "it's scaring the beginners off tuesdays", "by_content", WINT_NO_HILLS,
         Targets(paras=(7,), text=True, props=()), (select(WINT_HILLS), keys("{DELETE}{BACKSPACE}"))),
    Case("d-b50-weather-italic", "winter_training_plan",
         "the if the weather turns section, the heading and the three steps under it, can all that go in italics? "
         "sort of a 'small print but do read it' feel", "paragraph_range",
         chars_in_paras(WINT_WEATHER_RANGE, italic=True), Targets(paras=(16, 17, 18, 19), props=("italic",)),
         (select("If the weather turns"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 3 + "^+{DOWN}"), click("Italic"))),
    Case("d-b50-line-grey", "winter_training_plan",
         "the line just under the title, with the club name and the months, could it go grey? it's fighting with the "
         "title a bit at the moment", "role", fmt(WINT_LINE, color="grey"), Targets(paras=(1,), props=("color",)),
         (select(WINT_LINE), value("Font Color", "#808080"))),
    Case("d-b50-spacing", "winter_training_plan",
         "can you space out the whole plan, 1.5 line spacing right through, tables too? half the club read it on "
         "their phones in the car park with cold fingers", "whole_document", every_para(line=1.5),
         Targets(everything=True, props=("line",)), (keys("^a"), value("Line Spacing", "1.5"))),
    Case("d-b50-members-71", "winter_training_plan",
         "we actually had 71 training through last winter, not 64 \u2013 i forgot to count the thursday track lot",
         "unquoted", WINT_71, Targets(paras=(5,), text=True, props=()),
         (select("64 members"), keys("71 members"))),
    Case("d-b50-kit-highlight", "winter_training_plan",
         "cn u higlight the kit chek paragrpah in yelow, the hole thing. mountian rescue asked all the clubs round "
         "here to push it this winer", "typo", chars_in_paras(["Kit check:"], highlight=True),
         Targets(paras=(20,), props=("highlight",)),
         (select("Kit check: " + WINT_KIT), value("Character Highlighting Color", "Yellow"))),
    Case("d-b50-second-step-underline", "winter_training_plan",
         "underline the second of the weather steps please, the ice one. people keep turning up at birchcliffe when "
         "it's like a skating rink", "by_position", chars_in_paras([WINT_WEATHER[1]], underline=True),
         Targets(paras=(18,), props=("underline",)), (select(WINT_WEATHER[1]), click("Underline"))),
    Case("d-b50-dark-page", "winter_training_plan",
         "can running in the dark start on a new page? i want to print that bit on its own and stick it up in the "
         "leisure centre foyer", "page_break",
         page_break_between("rather than trying to catch up.", "Running in the dark"),
         Targets(paras=(9, 10), props=("breaks",), new_paras=2),
         (select("Running in the dark"), keys("{HOME}"), click("Page Break"))),
    Case("d-b50-infeasible-strava", "winter_training_plan",
         "stick this in the club strava group and set the tuesday hills up as a weekly event so people can sign up",
         "infeasible", unchanged()),
    Case("d-b50-public-numbered", "winter_training_plan",
         'Convert the bulleted list under the heading "Running in the dark" into a numbered list.', "public_style",
         paras_all(WINT_DARK, list=numbered), Targets(paras=WINT_DARK, props=("list",)),
         (select(WINT_DARK[0]), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 4 + "^+{DOWN}"), click("Ordered List"))),
    # ---- batch 51: a church tower's bell ringers' autumn newsletter and Sunday rota (bell_ringers), a genre new to the
    # set; written by a helper who never read the runtime; not yet measured. Table edits told as news: a steeple keeper
    # standing in, a special ringing row dropped, a column coloured; then a coach time changed with its paragraph
    # italicised in one message, a phone number changed with a heading underlined in one message, a safety rule bolded
    # and a bullet deleted by what they say, a section told by its heading, the greeting by its role, a whole-document
    # font, a weddings count told without quotes, a misspelt request, the last bullet by its place, a page break, a
    # coach booking the editor cannot make and a public-benchmark instruction
    Case("d-b51-margaret-11th", "bell_ringers",
         "dave's off to his daughter's in alicante for most of october, so margaret's doing steeple keeper on the "
         "11th instead of him. can you change it in the sunday table", "table", BELL_MARGARET,
         Targets(cells=((0, 6, 3),), text=True, props=()),
         (select_cells(1, row=7, column=4), keys("{HOME}+{END}Margaret Ince"))),
    Case("d-b51-no-tree-festival", "bell_ringers",
         "the christmas tree festival isn't happening this year, the vicar reckons it's too much for the flower "
         "ladies on top of everything else. take it out of the special ringing table please", "table",
         table_rows(1, BELL_NO_TREES), Targets(tables=(1,), removed_rows=1),
         (select_cells(2, row=5), click("Delete Rows"))),
    Case("d-b51-times-red", "bell_ringers",
         "could the ring from times in the sunday rota be red? three of them turned up at half nine for evensong last "
         "month and stood in the porch for an hour", "table", BELL_TIMES_RED,
         Targets(cells=((0, None, 2),), props=("color",)), (select_cells(1, column=3), value("Font Color", "Red"))),
    Case("d-b51-coach-italic", "bell_ringers",
         "the coach is going at 8 now not half 8, five towers is a lot to squeeze in before it gets dark. and put the "
         "outing paragraph in italics so it doesn't just blend into the subs bit", "multi_op",
         all_of(any_of(*BELL_COACH_8), chars_in_paras(["Outing:"], italic=True)),
         Targets(paras=(22,), text=True, props=("italic",)),
         (select("8:30am"), keys("8:00am"), select("Outing: " + BELL_OUTING.replace("8:30am", "8:00am")),
          click("Italic"))),
    Case("d-b51-phone-underline", "bell_ringers",
         "i've finally given in and got a new phone, so my number's 07700 900728 now. could you underline the quarter "
         "peals heading as well while you're there", "multi_op",
         all_of(BELL_NEW_PHONE, fmt("Quarter peals and special ringing", underline=True)),
         Targets(paras=(3, 9), text=True, props=("underline",)),
         (select("900615"), keys("900728"), select("Quarter peals and special ringing"), click("Underline"))),
    Case("d-b51-let-go-bold", "bell_ringers",
         "bold the safety rule about letting go when the rope gets away from you. it's the one the new ones always "
         "forget, and it's the one that ends up with someone in a&e", "by_content",
         chars_in_paras([BELL_SAFETY[2]], bold=True), Targets(paras=(14,), props=("bold",)),
         (select(BELL_SAFETY[2]), click("Bold"))),
    Case("d-b51-no-simulator", "bell_ringers",
         "get rid of the learners bullet about the simulator over at richmond, their laptop packed in over the summer "
         "and nobody knows when it'll be sorted", "by_content", bell_no_simulator,
         Targets(paras=(20,), removed=True, text=True), (select(BELL_LEARN[1]), keys("{END}+{RIGHT}^+{DOWN}{DELETE}"))),
    Case("d-b51-learners-green", "bell_ringers",
         "the for our learners bit, the heading and its bullets, can all that go dark green? i'm printing that part "
         "on its own for our stall at the heritage open day", "paragraph_range",
         chars_in_paras(BELL_LEARN_RANGE, color="green"), Targets(paras=(17, 18, 19, 20, 21), props=("color",)),
         (select("For our learners"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 4 + "^+{DOWN}"),
          value("Font Color", "#1E6B30"))),
    Case("d-b51-greeting", "bell_ringers",
         "can the greeting just say hello everyone instead? it's going in the parish mag this time too, so it won't "
         "only be us ringers reading it", "role", any_of(*BELL_GREETING), Targets(paras=(5,), text=True, props=()),
         (select("Dear ringers"), keys("Hello everyone"))),
    Case("d-b51-times-new-roman", "bell_ringers",
         "could the whole thing be in times new roman, tables and all? the parish magazine's done in times and this "
         "is going in as the middle pages", "whole_document", every_char(font="Times New Roman"),
         Targets(everything=True, props=("font",)), (keys("^a"), value("Font Name", "Times New Roman"))),
    Case("d-b51-weddings-13", "bell_ringers",
         "it was 13 weddings this summer, not 11 \u2013 i'd forgotten the two on the last saturday in september",
         "unquoted", any_of(*BELL_13), Targets(paras=(6,), text=True, props=()),
         (select("11 weddings"), keys("13 weddings"))),
    Case("d-b51-subs-12", "bell_ringers",
         "cud you mkae the subs paragrpah a bit biger, 12 or so? haf the tower never remebers to pay", "typo",
         chars_in_paras(["Subs for 2027"], size=12), Targets(paras=(23,), props=("size",)),
         (select(BELL_SUBS), value("Font Size", "12"))),
    Case("d-b51-last-bullet-strike", "bell_ringers",
         "cross out the last bullet under the learners bit but leave it showing \u2013 the badges still haven't come "
         "from the guild and i don't want to promise what we haven't got", "by_position",
         chars_in_paras([BELL_LEARN[3]], strike=True), Targets(paras=(21,), props=("strike",)),
         (select(BELL_LEARN[3]), click("Strikethrough"))),
    Case("d-b51-safety-page", "bell_ringers",
         "can safety in the tower start on a fresh page? i want to laminate that page and pin it up next to the "
         "ropes", "page_break", page_break_between("lend a hand.", "Safety in the tower"),
         Targets(paras=(10, 11), props=("breaks",), new_paras=2),
         (select("Safety in the tower"), keys("{HOME}"), click("Page Break"))),
    Case("d-b51-infeasible-coach", "bell_ringers",
         "can you book the coach for the ripon outing with dales travel? a 29 seater, picking up at the lychgate",
         "infeasible", unchanged()),
    Case("d-b51-public-centre", "bell_ringers", 'Center the paragraph that begins with "The half-muffled ringing".',
         "public_style", para("The half-muffled ringing", align="center"), Targets(paras=(10,), props=("align",)),
         (select(BELL_MUFFLED), click("Align Center"))),
    # ---- batch 52: a secondary school's Year 11 leavers' prom letter to parents (leavers_prom), a genre new to the
    # set; written by a helper who never read the runtime; not yet measured. Table edits told as news: a photo added to
    # the running order where its time falls, a ticket price come down, a column bolded; then a closing date changed
    # with a heading coloured in one message, a deadline changed with its bullet underlined in one message, a bullet
    # italicised and a sentence highlighted by what they say, a section told by its heading, the title by its role, a
    # whole-document colour, a committee size told without quotes, a misspelt request, a numbered step by its place, a
    # letter put right inside a word, a text message the editor cannot send and a public-benchmark instruction
    Case("d-b52-group-photo", "leavers_prom",
         "the photographer's doing a whole year group photo on the hotel steps at quarter past 7, can you put that "
         "into the running order where it goes", "table", prom_photo_added, Targets(tables=(1,), new_rows=1),
         (select_cells(2, row=3), click("Rows Below"), select_cells(2, row=3, column=2),
          keys("{END}{TAB}7:15pm{TAB}Year group photo on the hotel steps"))),
    Case("d-b52-standard-35", "leavers_prom",
         "good news, standard tickets are coming down to \u00a335 \u2013 the pta quiz night made a fortune. the coach "
         "ones stay as they are though, the coach firm won't budge", "table", PROM_STANDARD_35,
         Targets(cells=((0, 1, 1),), text=True, props=()),
         (select_cells(1, row=2, column=2), keys("{HOME}+{END}\u00a335"))),
    Case("d-b52-times-bold", "leavers_prom",
         "can the times in the running order go bold please? parents keep ringing the office to ask what time they're "
         "picking up", "table", PROM_TIMES_BOLD, Targets(cells=((1, None, 0),), props=("bold",)),
         (select_cells(2, column=1), click("Bold"))),
    Case("d-b52-close-19-red", "leavers_prom",
         "the hotel want final numbers earlier, so ticket sales close on friday the 19th now, not the 26th. oh and "
         "make the running order heading dark red", "multi_op",
         all_of(any_of(*PROM_CLOSES_19), fmt("Running order", color=dark_red)),
         Targets(paras=(2, 8), text=True, props=("color",)),
         (select("26 March"), keys("19 March"), select("Running order"), value("Font Color", "#8B0000"))),
    Case("d-b52-limo-underline", "leavers_prom",
         "the limo deadline's moved to the 11th of june, the hotel car park manager wants the names a week sooner. "
         "underline that bullet too so nobody can say they missed it", "multi_op",
         all_of(any_of(*PROM_LIMO_11), chars_in_paras(["Students arriving by"], underline=True)),
         Targets(paras=(14,), text=True, props=("underline",)),
         (select("18 June"), keys("11 June"), select(PROM_RULES[3].replace("18 June", "11 June")),
          click("Underline"))),
    Case("d-b52-bags-italic", "leavers_prom",
         "put the rule about no alcohol or vapes in italics would you, at the moment it reads like we're shouting at "
         "them", "by_content", chars_in_paras([PROM_RULES[1]], italic=True), Targets(paras=(12,), props=("italic",)),
         (select(PROM_RULES[1]), click("Italic"))),
    Case("d-b52-money-highlight", "leavers_prom",
         "highlight the sentence that says nobody should miss out because of money. i want the parents who are "
         "struggling to actually see it and not feel awkward asking", "by_content",
         any_of(fmt(PROM_MONEY, highlight=True), fmt(PROM_MONEY[:-1], highlight=True)),
         Targets(spans=(PROM_MONEY,), props=("highlight",)),
         (select(PROM_MONEY), value("Character Highlighting Color", "Yellow"))),
    Case("d-b52-rules-spacing", "leavers_prom",
         "the rules for the night section, heading and all the bullets under it \u2013 can that be 1.5 spaced? it's "
         "all a bit crammed in and that's the bit they actually need to read", "paragraph_range",
         paras_all(PROM_RULES_RANGE, line=1.5), Targets(paras=(10, 11, 12, 13, 14, 15), props=("line",)),
         (select("Rules for the night"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 5 + "^+{DOWN}"),
          value("Line Spacing", "1.5"))),
    Case("d-b52-title-brush", "leavers_prom",
         "can the title be in something a bit fancier? brush script maybe, it is a prom after all", "role",
         fmt(PROM_TITLE, font=brush_script), Targets(paras=(0,), props=("font",)),
         (select(PROM_TITLE), value("Font Name", "Brush Script MT"))),
    Case("d-b52-purple", "leavers_prom",
         "could all the writing be purple, tables and headings too? it's the school colour and the head wants it on "
         "everything that goes home this year", "whole_document", every_char(color="purple"),
         Targets(everything=True, props=("color",)), (keys("^a"), value("Font Color", "#7030A0"))),
    Case("d-b52-committee-16", "leavers_prom",
         "two more joined the prom committee after christmas so it's 16 students now, not 14", "unquoted", PROM_16,
         Targets(paras=(5,), text=True, props=()), (select("14 students"), keys("16 students"))),
    Case("d-b52-book-16", "leavers_prom",
         "cna you mkae the how to book heding biger, 16ish? parnets keep sayign they cant find how to pay", "typo",
         fmt("How to book", size=16), Targets(paras=(16,), props=("size",)),
         (select("How to book"), value("Font Size", "16"))),
    Case("d-b52-second-step-red", "leavers_prom",
         "make the 2nd step under how to book red \u2013 we had a nut allergy scare at the sixth form ball and i'm not "
         "going through that again", "by_position", chars_in_paras([PROM_STEPS[1]], color="red"),
         Targets(paras=(18,), props=("color",)), (select(PROM_STEPS[1]), value("Font Color", "Red"))),
    Case("d-b52-separate", "leavers_prom",
         "separate's spelt wrong in the bit under the running order, it's got an e where the first a should be. the "
         "english department will have a field day", "char_in_word", PROM_SEPARATE,
         Targets(paras=(9,), text=True, props=()), (select("seperate"), keys("separate"))),
    Case("d-b52-infeasible-text", "leavers_prom",
         "can you text this to all the year 11 parents tonight? their numbers are on the sims list", "infeasible",
         unchanged()),
    Case("d-b52-public-arial", "leavers_prom", 'Change the font of the heading "Ticket prices" to Arial.',
         "public_style", fmt("Ticket prices", font="Arial"), Targets(paras=(6,), props=("font",)),
         (select("Ticket prices"), value("Font Name", "Arial"))),
    # ---- batch 53: a community orchard's winter pruning day and wassail notice (orchard_pruning_day), a genre new to
    # the set; written by a helper who never read the runtime; not yet measured. Table edits told as news: a leader
    # standing in for another, a variety sold out of the scion table, a plain header row coloured; then a start time
    # changed with a heading underlined in one message, a price come down with its paragraph bolded in one message, a
    # numbered rule italicised and a sentence deleted by what they say, a section told by its ends, the title by its
    # role, a whole-document font, a tree count told without quotes, a misspelt request, the last bullet by its place, a
    # letter put right inside a variety's name, a room booking the editor cannot make and a public-benchmark instruction
    Case("d-b53-joe-brambles", "orchard_pruning_day",
         "hannah's put her back out lifting a water butt (don't ask) so joe whiteley is leading the brambles and tree "
         "guards lot instead. can you swap her for him in the plan table", "table", ORCH_JOE,
         Targets(cells=((0, 3, 2),), text=True, props=()),
         (select_cells(1, row=4, column=3), keys("{HOME}+{END}Joe Whiteley"))),
    Case("d-b53-no-ribston", "orchard_pruning_day",
         "no ribston pippin scions this year i'm afraid, the tree got canker and mark had to take it right back. can "
         "you take it out of the scion wood table", "table", table_rows(1, ORCH_NO_RIBSTON),
         Targets(tables=(1,), removed_rows=1), (select_cells(2, row=4), click("Delete Rows"))),
    Case("d-b53-scion-header-green", "orchard_pruning_day",
         "the top row of the scion table looks a bit bare next to the plan one \u2013 could the words in it go dark "
         "green, same sort of green as our name at the top", "table", cells_fmt(1, row=0, color="green"),
         Targets(cells=((1, 0, None),), props=("color",)), (select_cells(2, row=1), value("Font Color", "#3A6B35"))),
    Case("d-b53-wassail-430-underline", "orchard_pruning_day",
         "the morris side can't get there till half 4 so we're not wassailing till 4:30 now. change it in the when bit "
         "at the top, and underline the wassail heading while you're there", "multi_op",
         all_of(any_of(*ORCH_WASSAIL_430), fmt("The wassail", underline=True)),
         Targets(paras=(3, 24), text=True, props=("underline",)),
         (select("4:00pm"), keys("4:30pm"), select("The wassail"), click("Underline"))),
    Case("d-b53-graft-10-bold", "orchard_pruning_day",
         "ray's found cheaper rootstocks so the grafted trees are only a tenner now, not \u00a312. can you change that "
         "and make the whole grafting workshop paragraph bold? the places all went in a day last year",
         "multi_op", any_of(*ORCH_GRAFT_10), Targets(paras=(23,), text=True, props=("bold",)),
         (select("\u00a312"), keys("\u00a310"),
          select("Grafting workshop: " + ORCH_GRAFT.replace("\u00a312", "\u00a310")), click("Bold"))),
    Case("d-b53-plums-italic", "orchard_pruning_day",
         "put the pruning rule about leaving the plums and cherries till the summer in italics please. someone went at "
         "the damson with a bow saw last january and it's never been right since", "by_content",
         chars_in_paras([ORCH_RULES[4]], italic=True), Targets(paras=(14,), props=("italic",)),
         (select(ORCH_RULES[4]), click("Italic"))),
    Case("d-b53-no-dogs", "orchard_pruning_day",
         "can you take out the sentence about dogs on leads? the chapel trustees have said no dogs on their field at "
         "all this time, so i'll do a separate note about it", "by_content", ORCH_NO_DOGS,
         Targets(paras=(8,), text=True, props=()), (select(ORCH_DOGS), keys("{DELETE}{BACKSPACE}"))),
    Case("d-b53-prune-spacing", "orchard_pruning_day",
         "from the how we prune heading down to the paragraph about the chalk marks, can you make all that 1.5 line "
         "spacing? i'm printing that bit out big for the shed door", "paragraph_range",
         paras_all(ORCH_PRUNE_RANGE, line=1.5), Targets(paras=(9, 10, 11, 12, 13, 14, 15), props=("line",)),
         (select("How we prune"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 6 + "^+{DOWN}"), value("Line Spacing", "1.5"))),
    Case("d-b53-title-caps", "orchard_pruning_day",
         "the main title, the pruning day and wassail one under our name \u2013 can that go in capitals? it's going on "
         "the board outside the chapel and it wants to shout a bit", "role",
         any_of(has_text(ORCH_TITLE.upper()), fmt(ORCH_TITLE, caps=True)),
         Targets(paras=(2,), text=True, props=("caps",)), (select(ORCH_TITLE), click("UPPERCASE"))),
    Case("d-b53-georgia", "orchard_pruning_day",
         "could the whole thing go in georgia, tables as well? corbel looks a bit too modern for something with morris "
         "dancers in it", "whole_document", every_char(font="Georgia"), Targets(everything=True, props=("font",)),
         (keys("^a"), value("Font Name", "Georgia"))),
    Case("d-b53-trees-47", "orchard_pruning_day",
         "it was 47 trees we did last january, not 41 \u2013 i'd forgotten the six cordons along the chapel wall",
         "unquoted", ORCH_47, Targets(paras=(6,), text=True, props=()), (select("41 trees"), keys("47 trees"))),
    Case("d-b53-bring-red", "orchard_pruning_day",
         "cn u make the waht to bring heding red pls, evrey year sombody turns up in trainres and goes home soakd",
         "typo", fmt("What to bring", color="red"), Targets(paras=(16,), props=("color",)),
         (select("What to bring"), value("Font Color", "Red"))),
    Case("d-b53-last-bullet-hl", "orchard_pruning_day",
         "highlight the last bullet in the what to bring list would you, we're going plastic free this year and half "
         "of them won't read it otherwise", "by_position", chars_in_paras([ORCH_BRING[4]], highlight=True),
         Targets(paras=(21,), props=("highlight",)),
         (select(ORCH_BRING[4]), value("Character Highlighting Color", "Yellow"))),
    Case("d-b53-kernel", "orchard_pruning_day",
         "kernel's spelt with an a in the first paragraph, where it says ashmead's \u2013 should be an e. it's right "
         "in the scion table so it's just that one", "char_in_word", ORCH_KERNEL,
         Targets(paras=(6,), text=True, props=()), (select("Kernal"), keys("Kernel"))),
    Case("d-b53-infeasible-booking", "orchard_pruning_day",
         "can you book the chapel schoolroom for the soup at lunchtime, 12 till 2, and let the WI know we're expecting "
         "about 30", "infeasible", unchanged()),
    Case("d-b53-public-sign-off-right", "orchard_pruning_day",
         "Align the last three paragraphs of the document to the right.", "public_style", ORCH_SIGN_OFF_RIGHT,
         Targets(paras=(26, 27, 28), props=("align",)),
         (select(ORCH_SIGN_OFF[0]), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 2 + "^+{DOWN}"), click("Align Right"))),
    # ---- batch 54: a county mobile library's spring timetable (mobile_library_timetable), a genre new to the set;
    # written by a helper who never read the runtime; not yet measured. Table edits told as news: a stop moved, a new
    # village added where it falls on the route, a column bolded; then a driver changed with a heading underlined in one
    # message, a renewal limit changed with its paragraph italicised in one message, a bullet bolded and a sentence
    # deleted by what they say, a section told by its heading, the line under the title by its role, whole-document
    # line spacing, a borrower count told without quotes, a misspelt request, the last numbered step by its place, a
    # page break, a reservation the editor cannot make and a public-benchmark instruction
    Case("d-b54-askrigg-school", "mobile_library_timetable",
         "askrigg's changing \u2013 the kings arms need that bit of road for their deliveries now, so from march "
         "we'll be parked outside the primary school instead. can you change it in the stops table", "table",
         MOB_ASKRIGG, Targets(cells=((0, 3, 1),), text=True, props=()),
         (select("Outside the Kings Arms"), keys("Outside the primary school"))),
    Case("d-b54-carperby", "mobile_library_timetable",
         "we've got a new stop! carperby on the tuesday, outside the wheatsheaf, 3 till half 3, straight after "
         "bainbridge. can you get it into the stops table in the right place", "table", mob_carperby_added,
         Targets(tables=(0,), new_rows=1),
         (select_cells(1, row=5), click("Rows Below"), select_cells(1, row=5, column=4),
          keys("{END}{TAB}Carperby{TAB}Outside the Wheatsheaf{TAB}Tuesday{TAB}3:00pm to 3:30pm"))),
    Case("d-b54-days-bold", "mobile_library_timetable",
         "could the days in the stops table be bold? people keep turning up at reeth on a tuesday and wondering where "
         "we've got to", "table", MOB_DAYS_BOLD, Targets(cells=((0, None, 2),), props=("bold",)),
         (select_cells(1, column=3), click("Bold"))),
    Case("d-b54-stuart-underline", "mobile_library_timetable",
         "colin's retired after 22 years on the van (we got him a cake shaped like a book) so it's stuart kettlewell "
         "driving now. can you change his name at the top, and underline the where we stop heading while you're in "
         "there", "multi_op", all_of(MOB_STUART, fmt("Where we stop", underline=True)),
         Targets(paras=(2, 6), text=True, props=("underline",)),
         (select("Colin Metcalfe"), keys("Stuart Kettlewell"), select("Where we stop"), click("Underline"))),
    Case("d-b54-renew-five-italic", "mobile_library_timetable",
         "the county's changed the rules, you can renew five times now instead of three. change that in the bit under "
         "the charges table and put that paragraph in italics as well", "multi_op", any_of(*MOB_RENEW_5),
         Targets(paras=(19,), text=True, props=("italic",)),
         (select("three times"), keys("five times"), select(MOB_CHARGES_NOTE.replace("three times", "five times")),
          click("Italic"))),
    Case("d-b54-large-print-bold", "mobile_library_timetable",
         "bold the bullet about the large print and audiobooks please, half the older ones at gunnerside had no idea "
         "we even carried them", "by_content", chars_in_paras([MOB_BORROW[1]], bold=True),
         Targets(paras=(10,), props=("bold",)), (select(MOB_BORROW[1]), click("Bold"))),
    Case("d-b54-card-reader", "mobile_library_timetable",
         "we've finally got a card reader on the van!! so can you take out the sentence about not taking cards and "
         "bringing the right money", "by_content", MOB_NO_CASH, Targets(paras=(19,), text=True, props=()),
         (select(MOB_CASH), keys("{DELETE}{BACKSPACE}"))),
    Case("d-b54-ordering-12", "mobile_library_timetable",
         "the ordering a book bit, the heading and its three steps, could all that be 12 point? it's the part "
         "everyone asks us about at the counter", "paragraph_range", chars_in_paras(MOB_ORDER_RANGE, size=12),
         Targets(paras=(14, 15, 16, 17), props=("size",)),
         (select("Ordering a book we don\u2019t carry"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 3 + "^+{DOWN}"),
          value("Font Size", "12"))),
    Case("d-b54-line-10", "mobile_library_timetable",
         "the line under the title with the route and the dates on is nearly as big as the title itself. could you "
         "bring it down to 10", "role", fmt(MOB_LINE, size=10), Targets(paras=(1,), props=("size",)),
         (select(MOB_LINE), value("Font Size", "10"))),
    Case("d-b54-spacing", "mobile_library_timetable",
         "can you put the whole timetable in 1.5 line spacing, tables included? most of our borrowers are well over 70 "
         "and it's all a bit crammed", "whole_document", every_para(line=1.5),
         Targets(everything=True, props=("line",)), (keys("^a"), value("Line Spacing", "1.5"))),
    Case("d-b54-borrowers-438", "mobile_library_timetable",
         "it was actually 438 people borrowed off the van last year, not 412 \u2013 aisha found a box of reeth tickets "
         "under the counter", "unquoted", MOB_438, Targets(paras=(5,), text=True, props=()),
         (select("412 of you"), keys("438 of you"))),
    Case("d-b54-weather-indent", "mobile_library_timetable",
         "cud u indnet the bad wether paragrpah a bit so it stands out from the rest, we had folk waitng at thwaite in "
         "a blizard last febuary", "typo", more_indented("Bad weather:"), Targets(paras=(20,), props=("indent",)),
         (select("Bad weather: " + MOB_WEATHER), click("Increase Indent"))),
    Case("d-b54-last-step-strike", "mobile_library_timetable",
         "strike through the last of the ordering steps but leave it in for now \u2013 we might be keeping reserved "
         "books for three visits from may and i don't know yet", "by_position",
         chars_in_paras([MOB_ORDER[2]], strike=True), Targets(paras=(17,), props=("strike",)),
         (select(MOB_ORDER[2]), click("Strikethrough"))),
    Case("d-b54-charges-page", "mobile_library_timetable",
         "can charges start on a new page please? the parish councils want that bit on its own for their noticeboards",
         "page_break", page_break_between("keep it for two visits before it goes back.", "Charges"),
         Targets(paras=(17, 18), props=("breaks",), new_paras=2),
         (select("Charges"), keys("{HOME}"), click("Page Break"))),
    Case("d-b54-infeasible-reserve", "mobile_library_timetable",
         "can you reserve the new richard osman for mrs pickersgill at askrigg? she's been waiting since before "
         "christmas", "infeasible", unchanged()),
    Case("d-b54-public-heading", "mobile_library_timetable",
         'Apply the Heading 2 style to the heading "Events on the van".', "public_style",
         para("Events on the van", style="Heading 2"), Targets(paras=(21,)),
         (select("Events on the van"), value("Paragraph Style", "Heading 2"))),
    # ---- batch 55: a holiday coding camp's joining letter to parents (coding_camp), a genre new to the set; written by
    # a helper who never read the runtime; not yet measured. Table edits told as news: a day price gone up, the early
    # drop-off club dropped, a row highlighted; then a payment date changed with a heading coloured in one message, the
    # title coloured with the line under it centred in one message, a bullet coloured and a sentence deleted by what
    # they say, a run of paragraphs told by its ends, the sign-off by its role, a whole-document font, a count of
    # laptops told without quotes, a misspelt request, a bullet by its place, two letters put back in order inside a
    # word, a social media post the editor cannot make and a public-benchmark instruction
    Case("d-b55-day-40", "coding_camp",
         "heads up, single days are going up to \u00a340 \u2013 the college put the room hire up on us in june and "
         "we can't swallow it. can you change it in the costs", "table", CODE_DAY_40,
         Targets(cells=((1, 2, 1),), text=True, props=()),
         (select_cells(2, row=3, column=2), keys("{HOME}+{END}\u00a340"))),
    Case("d-b55-no-early-club", "coding_camp",
         "we can't find anyone to open up at 8 so there's no early drop-off club this year, gutted. take it out of "
         "the costs table would you", "table", table_rows(1, CODE_COSTS[:-1]), Targets(tables=(1,), removed_rows=1),
         (select_cells(2, row=5), click("Delete Rows"))),
    Case("d-b55-friday-yellow", "coding_camp",
         "could you highlight the friday row of the week table in yellow? that's the show-and-tell day and it's the "
         "only bit most of the parents actually care about lol", "table", cells_fmt(0, row=5, highlight="yellow"),
         Targets(cells=((0, 5, None),), props=("highlight",)),
         (select_cells(1, row=6), value("Character Highlighting Color", "Yellow"))),
    Case("d-b55-pay-3-july-navy", "coding_camp",
         "our treasurer wants the money in a week sooner so payment's due by friday 3 july now, not the 10th. oh and "
         "make the costs heading navy blue while you're at it", "multi_op",
         all_of(any_of(*CODE_PAY_3), fmt("Costs", color="blue")), Targets(paras=(8, 9), text=True, props=("color",)),
         (select("10 July"), keys("3 July"), select("Costs"), value("Font Color", "#000080"))),
    Case("d-b55-title-green-line-centre", "coding_camp",
         "can the title be dark green like our logo, and the line under it with the ages and dates, can that go in "
         "the middle? looks a bit odd hanging off to the left", "multi_op",
         all_of(fmt(CODE_TITLE, color="green"), para(CODE_LINE, align="center")),
         Targets(paras=(0, 1), props=("color", "align")),
         (select(CODE_TITLE), value("Font Color", "#1E6B30"), select(CODE_LINE), click("Align Center"))),
    Case("d-b55-nuts-red", "coding_camp",
         "the bring list bullet about packed lunches and us being nut free, can that go red? a peanut butter sandwich "
         "got through last year and we had a very scary ten minutes", "by_content",
         chars_in_paras([CODE_BRING[0]], color="red"), Targets(paras=(11,), props=("color",)),
         (select(CODE_BRING[0]), value("Font Color", "Red"))),
    Case("d-b55-no-newbies", "coding_camp",
         "take out the sentence saying nobody needs to have coded before and half of last year's lot hadn't. a couple "
         "of the hackers read it over their mum's shoulder and got very huffy about it", "by_content",
         CODE_NO_NEWBIES, Targets(paras=(7,), text=True, props=()),
         (select(CODE_NEWBIES), keys("{DELETE}{BACKSPACE}"))),
    Case("d-b55-steps-justify", "coding_camp",
         "from the step about the consent form down to the end of the screen time paragraph, could you justify all "
         "of that so both edges are nice and straight", "paragraph_range",
         paras_all(CODE_STEPS_RANGE, align="justify"), Targets(paras=(17, 18, 19, 20), props=("align",)),
         (select(CODE_STEPS[0]), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 3 + "^+{DOWN}"), click("Justified"))),
    Case("d-b55-sign-off-italic", "coding_camp",
         "can my sign-off at the bottom go in italics, all three lines? i think it looks friendlier", "role",
         CODE_SIGN_OFF_ITALIC, Targets(paras=(23, 24, 25), props=("italic",)),
         (select(CODE_SIGN_OFF[0]), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 2 + "^+{DOWN}"), click("Italic"))),
    Case("d-b55-comic-sans", "coding_camp",
         "could you put the whole letter in comic sans, tables and all? i know, i know, but half of it gets read out "
         "to 8 year olds and they genuinely love it", "whole_document", every_char(font=comic_sans),
         Targets(everything=True, props=("font",)), (keys("^a"), value("Font Name", "Comic Sans MS"))),
    Case("d-b55-chromebooks-48", "coding_camp",
         "we've got 48 chromebooks now, not 40 \u2013 the college library lent us another eight for the week",
         "unquoted", CODE_48, Targets(paras=(15,), text=True, props=()),
         (select("40 Chromebooks"), keys("48 Chromebooks"))),
    Case("d-b55-bank-bold", "coding_camp",
         "cna you put the paymnet paragrpah with the bank detials in bold pls, evry year somebody pays the wrong "
         "acount", "typo", chars_in_paras([CODE_PAYMENT], bold=True), Targets(paras=(9,), props=("bold",)),
         (select(CODE_PAYMENT), click("Bold"))),
    Case("d-b55-third-bullet-underline", "coding_camp",
         "underline the 3rd bullet under what to bring please. last summer we had three kids in school shoes sliding "
         "about on a wet field", "by_position", chars_in_paras([CODE_BRING[2]], underline=True),
         Targets(paras=(13,), props=("underline",)), (select(CODE_BRING[2]), click("Underline"))),
    Case("d-b55-python", "coding_camp",
         "python's spelt wrong in the show-and-tell bit, the h and the t have swapped over. the hackers group will "
         "never let me live that down", "char_in_word", CODE_PYTHON, Targets(paras=(22,), text=True, props=()),
         (select("Pyhton"), keys("Python"))),
    Case("d-b55-infeasible-facebook", "coding_camp",
         "can you put this up on the camp facebook page and pin it to the top so the parents actually see it",
         "infeasible", unchanged()),
    Case("d-b55-public-double", "coding_camp",
         'Set the line spacing of the paragraph that begins with "Families are warmly invited" to double.',
         "public_style", para("Families are warmly invited", line=2.0), Targets(paras=(22,), props=("line",)),
         (select(CODE_SHOW), value("Line Spacing", "2"))),
    # ---- batch 56: a wildlife group's garden hedgehog survey notes for volunteers (hedgehog_survey), a genre new to
    # the set; written by a helper who never read the runtime; not yet measured. Table edits told as news: a kit
    # pick-up moved to another day, a new pick-up added at the end, the number columns centred; then a deadline changed
    # with a heading coloured in one message, a paragraph coloured and enlarged in one message, a bullet bolded and a
    # sentence highlighted by what they say, a section told by its heading, the title by its role, a whole-document
    # colour, a count of gardens told without quotes, a misspelt request, the last bullet by its place, a page break, a
    # phone call the editor cannot make and a public-benchmark instruction
    Case("d-b56-burley-wednesday", "hedgehog_survey",
         "graham's joined a choir that meets on tuesdays, so the burley kit pick-up is the wednesday now, the 29th. "
         "same times. can you change it in the pick-up table", "table", HOG_BURLEY_WED,
         Targets(cells=((1, 2, 1),), text=True, props=()),
         (select("Tuesday 28 April"), keys("Wednesday 29 April"))),
    Case("d-b56-addingham-pickup", "hedgehog_survey",
         "we've got a fourth place to pick up kits! addingham memorial hall, sunday 26th april, 2 till 4 in the "
         "afternoon, ask for pete crossley. stick it on the end of the pick-up table please", "table",
         hog_addingham_added, Targets(tables=(1,), new_rows=1),
         (select_cells(2, row=4), click("Rows Below"), select_cells(2, row=4, column=3),
          keys("{END}{TAB}Addingham Memorial Hall{TAB}Sunday 26 April, 2:00pm to 4:00pm{TAB}Pete Crossley"))),
    Case("d-b56-numbers-centre", "hedgehog_survey",
         "in last year's results table can all the numbers sit in the middle of their columns? they look a bit lost "
         "over on the left under those long headings", "table", HOG_NUMBERS_CENTRE,
         Targets(cells=((0, None, 1), (0, None, 2), (0, None, 3)), props=("align",)),
         (select_cells(1, column=2), click("Align Center"), select_cells(1, column=3), click("Align Center"),
          select_cells(1, column=4), click("Align Center"))),
    Case("d-b56-monday-purple", "hedgehog_survey",
         "records can come in by the first monday of the month now instead, a few of you said sundays are manic. and "
         "can the how to survey heading be purple", "multi_op",
         all_of(HOG_FIRST_MONDAY, fmt("How to survey", color="purple")),
         Targets(paras=(4, 7), text=True, props=("color",)),
         (select("first Sunday"), keys("first Monday"), select("How to survey"), value("Font Color", "#7030A0"))),
    Case("d-b56-hurt-red-12", "hedgehog_survey",
         "the found a hurt hedgehog paragraph needs to jump out more \u2013 red please, and a bit bigger as well, 12 "
         "maybe", "multi_op", chars_in_paras(["Found a hurt hedgehog?"], color="red", size=12),
         Targets(paras=(23,), props=("color", "size")),
         (select("Found a hurt hedgehog? " + HOG_HURT), value("Font Color", "Red"), value("Font Size", "12"))),
    Case("d-b56-strim-bold", "hedgehog_survey",
         "bold the bullet about looking in the long grass before strimming, and in bonfire heaps too. one went "
         "through a strimmer on wells road last june and the poor bloke who did it was in bits",
         "by_content", chars_in_paras([HOG_GARDEN[3]], bold=True), Targets(paras=(21,), props=("bold",)),
         (select(HOG_GARDEN[3]), click("Bold"))),
    Case("d-b56-nests-highlight", "hedgehog_survey",
         "highlight the sentence about where the nests turned up, under the sheds and in compost heaps and that. i "
         "want people thinking twice before they have a big autumn tidy", "by_content",
         any_of(fmt(HOG_NESTS, highlight=True), fmt(HOG_NESTS[:-1], highlight=True)),
         Targets(spans=(HOG_NESTS,), props=("highlight",)),
         (select(HOG_NESTS), value("Character Highlighting Color", "Yellow"))),
    Case("d-b56-survey-arial", "hedgehog_survey",
         "could the how to survey section, heading and the five steps, be in arial? georgia's a bit fussy for "
         "instructions and folk are reading them by torchlight half the time", "paragraph_range",
         chars_in_paras(HOG_SURVEY_RANGE, font="Arial"), Targets(paras=(7, 8, 9, 10, 11, 12), props=("font",)),
         (select("How to survey"), keys("{HOME}" + "^+{DOWN}+{RIGHT}" * 5 + "^+{DOWN}"), value("Font Name", "Arial"))),
    Case("d-b56-title-centre", "hedgehog_survey",
         "can the title go in the middle? it looks lopsided stuck over on the left under the group name", "role",
         para(HOG_TITLE, align="center"), Targets(paras=(2,), props=("align",)),
         (select(HOG_TITLE), click("Align Center"))),
    Case("d-b56-all-green", "hedgehog_survey",
         "could all the writing be dark green, tables and headings too? it's the group colour and it'd match the "
         "leaflets we had done", "whole_document", every_char(color="green"),
         Targets(everything=True, props=("color",)), (keys("^a"), value("Font Color", "#1E6B30"))),
    Case("d-b56-gardens-67", "hedgehog_survey",
         "it's 67 gardens taking part now, not 64 \u2013 three more signed up at the spring fair on saturday",
         "unquoted", HOG_67, Targets(paras=(6,), text=True, props=()),
         (select("64 gardens"), keys("67 gardens"))),
    Case("d-b56-kit-underline", "hedgehog_survey",
         "cna u undreline the paragrpah abuot whats in each kit? peopel keep loosing the pencil and the tape and then "
         "ringing me", "typo", chars_in_paras([HOG_KIT], underline=True), Targets(paras=(16,), props=("underline",)),
         (select(HOG_KIT), click("Underline"))),
    Case("d-b56-last-bullet-strike", "hedgehog_survey",
         "put a line through the last bullet in the garden list but don't take it out \u2013 the rescue reckon the "
         "advice needs rewording and i'm waiting to hear back from them", "by_position",
         chars_in_paras([HOG_GARDEN[4]], strike=True), Targets(paras=(22,), props=("strike",)),
         (select(HOG_GARDEN[4]), click("Strikethrough"))),
    Case("d-b56-garden-page", "hedgehog_survey",
         "could the hedgehog friendly garden section start on a new page? i want to run that bit off on its own for "
         "the library noticeboard", "page_break",
         page_break_between("Helen will drop one round.", "Making your garden hedgehog friendly"),
         Targets(paras=(16, 17), props=("breaks",), new_paras=2),
         (select("Making your garden hedgehog friendly"), keys("{HOME}"), click("Page Break"))),
    Case("d-b56-infeasible-ring", "hedgehog_survey",
         "can you give the hedgehog rescue a ring and check their number's still right? i think they moved in the "
         "spring", "infeasible", unchanged()),
    Case("d-b56-public-orange", "hedgehog_survey",
         'Change the font color of the heading "Picking up your kit" to orange.', "public_style",
         fmt("Picking up your kit", color="orange"), Targets(paras=(15,), props=("color",)),
         (select("Picking up your kit"), value("Font Color", "#FF8000"))),
]
