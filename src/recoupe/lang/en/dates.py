"""English word lists and phrase patterns for the `dates` stage.

Month and weekday names must be capitalised (« May » the month, not « may »
the verb); the rest of each phrase is matched case-insensitively.
See `recoupe.lang.fr.dates` for the template placeholders.
"""

CASE_SENSITIVE = True   # month/weekday names; the other words are given as [Xx] classes

GENERIC_BEFORE = r"(?:[Ee]very|[Ee]ach|[Aa]ny)"

MONTHS = {
    "January": 1, "Jan.": 1, "February": 2, "Feb.": 2, "March": 3, "Mar.": 3,
    "April": 4, "Apr.": 4, "May": 5, "June": 6, "Jun.": 6, "July": 7, "Jul.": 7,
    "August": 8, "Aug.": 8, "September": 9, "Sept.": 9, "Sep.": 9, "October": 10,
    "Oct.": 10, "November": 11, "Nov.": 11, "December": 12, "Dec.": 12,
}
SEASONS = {"spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn", "winter": "winter"}
WEEKDAYS = {"Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4,
            "Saturday": 5, "Sunday": 6}
DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
}
UNITS = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
    "months": "month", "year": "year", "years": "year", "hour": "hour", "hours": "hour",
    "minute": "hour", "minutes": "hour", "decade": "decade", "decades": "decade",
}

PATTERNS = {
    "date": [
        # ranges of days (resolved to their first day): April 12 to 18, 12-18 April
        r"(?:[Ff]rom{SP}|[Bb]etween{SP})?(?P<month>{MONTH}){SP}(?P<day>{DAY})(?:{SP})?(?:-|–|to|through|and)(?:{SP})?(?P<day_end>{DAY})(?!\d)(?:,?{SP}(?P<year>{YEAR}))?",
        r"(?P<day>{DAY})(?:{SP})?(?:-|–|to)(?:{SP})?(?P<day_end>{DAY}){SP}(?:of{SP})?(?P<month>{MONTH})(?:,?{SP}(?P<year>{YEAR}))?",
        # Thursday, May 16, 2024 / on May 17 / May 17th
        r"(?:[Oo]n{SP})?(?:(?P<weekday>{WEEKDAY}),?{SP})?(?P<month>{MONTH}){SP}(?P<day>{DAY})(?!\d)(?:,?{SP}(?P<year>{YEAR}))?",
        # Thursday 16 May 2024 / the 17th of May
        r"(?:[Oo]n{SP})?(?:(?P<weekday>{WEEKDAY}),?{SP})?(?:the{SP})?(?P<day>{DAY}){SP}(?:of{SP})?(?P<month>{MONTH})(?:,?{SP}(?P<year>{YEAR}))?",
    ],
    "monthyear": [
        r"(?:(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Bb]efore|[Aa]fter|[Dd]uring|[Oo]f|[Ee]arly|[Ll]ate|[Mm]id-?|[Tt]hrough)(?:{SP})?)?(?P<month>{MONTH}),?{SP}(?P<year>{YEAR})",
    ],
    "month": [
        r"(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Bb]efore|[Aa]fter|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?|[Tt]hrough|[Ll]ast|[Tt]his|[Nn]ext|[Ee]arlier{SP}this|[Ll]ater{SP}this|[Ee]nd{SP}of|[Ss]tart{SP}of|[Bb]eginning{SP}of)(?:{SP}|(?<=-))(?P<month>{MONTH})(?!{SP}\d)",
    ],
    "year": [
        r"(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?|[Tt]hrough|[Tt]he{SP}year|[Ee]nd{SP}of|[Ss]tart{SP}of|[Bb]eginning{SP}of)(?:{SP}|(?<=-))(?P<year>{YEAR})",
    ],
    "season": [
        r"(?:(?:[Ii]n|[Tt]his|[Ll]ast|[Nn]ext|[Tt]he|[Ss]ince|[Ee]arly|[Ll]ate|[Mm]id-?)(?:{SP}the)?(?:{SP}|(?<=-)))(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?:{SP}(?:of{SP})?(?P<year>{YEAR}))?",
    ],
    "weekday": [
        r"(?<!Black )(?<!Good )(?<!Super )(?<!Bloody )(?<!Cyber )(?<!Ash )(?<!Palm )(?<!Easter )(?<!Holy )(?<!Fat )(?:(?P<pre>[Oo]n|[Ll]ast|[Nn]ext|[Tt]his|[Ss]ince|[Bb]y|[Uu]ntil|[Ee]arly|[Ll]ate){SP})?(?P<weekday>{WEEKDAY})(?:{SP}(?P<rel>morning|afternoon|evening|night))?",
    ],
    "ago": [
        r"(?:(?:about|around|nearly|almost|more{SP}than|over|some|just|barely|only){SP})?(?P<num>{NUM}){SP}(?P<unit>{UNIT}){SP}ago",
    ],
    "ahead": [
        r"(?:[Ii]n|[Ww]ithin){SP}(?P<num>{NUM}){SP}(?P<unit>{UNIT})(?:{SP}time|'s{SP}time|’s{SP}time)",
    ],
}

RELATIVE = {
    r"(?:[Tt]he{SP}day{SP}before{SP}yesterday)": ("day", -2),
    r"[Yy]esterday(?:{SP}(?:morning|afternoon|evening))?|[Ll]ast{SP}night": ("day", -1),
    r"[Tt]he{SP}day{SP}after{SP}tomorrow": ("day", 2),
    r"[Tt]omorrow(?:{SP}(?:morning|afternoon|evening|night))?": ("day", 1),
    r"[Tt]his{SP}(?:morning|afternoon|evening)|[Tt]onight": ("day", 0),
    r"(?:(?:[Ee]arlier|[Ll]ater){SP})?[Tt]his{SP}(?:week|weekend)": ("week", 0),
    r"[Ll]ast{SP}(?:week|weekend)": ("week", -1),
    r"[Nn]ext{SP}(?:week|weekend)": ("week", 1),
    r"(?:(?:[Ee]arlier|[Ll]ater){SP})?[Tt]his{SP}month": ("month", 0),
    r"[Ll]ast{SP}month": ("month", -1),
    r"[Nn]ext{SP}month": ("month", 1),
    r"(?:(?:[Ee]arlier|[Ll]ater){SP})?[Tt]his{SP}year": ("year", 0),
    r"[Ll]ast{SP}year": ("year", -1),
    r"[Nn]ext{SP}year": ("year", 1),
}

VAGUE = [
    r"[Tt]oday",
    r"(?:[Aa]{SP}few|[Ss]everal){SP}(?:hours|days|weeks|months|years){SP}(?:earlier|later|before|after|ago)",
    r"(?:[Ii]n|[Oo]ver|[Ww]ithin){SP}the{SP}(?:coming|next){SP}(?:few{SP})?(?:days|weeks|months|years)",
    r"(?:[Ii]n{SP})?(?:recent|the{SP}past|the{SP}last){SP}(?:few{SP})?(?:days|weeks|months|years)",
    r"(?:(?:[Tt]he|[Ii]n{SP}the|[Ss]ince{SP}the|[Ee]arly|[Ll]ate|[Mm]id-)(?:{SP})?)?(?:(?:19|20)\d0|['’]\d0)s",
    r"[Tt]he{SP}day{SP}before", r"[Tt]he{SP}next{SP}day", r"[Tt]he{SP}following{SP}day",
]

# Lemmas that make a present-tense clause look forward, so that its weekday or
# date is the next one, not the last: "pumps are expected on Saturday", "the
# vote is scheduled for Tuesday", "she is due / set / going to arrive on Friday".
PROSPECTIVE = {"expect", "schedule", "due", "set", "go", "plan", "intend", "slate"}
