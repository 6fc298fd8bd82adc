"""English attribution: each mechanism on small English sentences written for these tests,
and the offsets contract on real PolNeAR articles read from ../shared."""
from __future__ import annotations

from recoupe.extract.quotes import scan_quote_marks
from recoupe.model import Article, ArticleSource
from recoupe.pipeline import analyze_article

from conftest import EVAL, content_of, english_quotes, quote_holding

SKIP = ("numbers", "dates", "framing")


# ----------------------------------------------------------------- quote marks
def test_two_apostrophes_are_a_double_quote_mark():
    text = "''We will win the state,'' the governor said on Monday."
    spans = scan_quote_marks(text)
    assert [text[s.open + 1:s.close] for s in spans] == ["We will win the state,"]
    q = quote_holding(english_quotes(text), "We will win the state")
    assert q.kind == "direct" and q.text == "We will win the state," and q.speaker == "the governor"


def test_mixed_straight_and_curly_marks_pair():
    text = '"The plan is dead on arrival,” the senator told reporters. “We will vote it down," she added.'
    inner = [text[s.open + 1:s.close] for s in scan_quote_marks(text)]
    assert inner == ["The plan is dead on arrival,", "We will vote it down,"]


# ----------------------------------------------------------------- incises
def test_incise_in_the_middle_of_the_reported_clause():
    quotes = english_quotes("The candidate has met the donors twice. In a merger, the banker said, "
                     "the brand would survive and the workers would keep their jobs.")
    q = quote_holding(quotes, "the brand would survive")
    assert q.kind == "indirect" and q.speaker == "the banker" and q.cue == "said"
    # "In a merger" says nothing alone: one span, incise included, rather than a fragment
    assert q.text.startswith("In a merger") and q.text.endswith("keep their jobs")


def test_as_clause_attributes_the_main_clause():
    q = quote_holding(english_quotes("As the Financial Review noted, the senator raised more than $1.1 million from bankers."),
             "the senator raised")
    assert q.kind == "indirect" and q.speaker == "the Financial Review"
    assert not q.text.startswith("As")


def test_incise_after_the_reported_clause_keeps_what_precedes_it():
    # the parse hangs "reported" on the reported clause's verb as an adverbial clause; what
    # follows the incise (a dash and a gloss) is the reporter's, and so is the dateline
    text = ("OSLO -- The number of ferry crossings will fall this winter, sooner than expected, "
            "the port authority reported on Tuesday -- a change that worries the island councils.")
    quotes = english_quotes(text)
    q = quote_holding(quotes, "ferry crossings")
    assert q.speaker == "the port authority" and q.cue.startswith("reported")
    assert q.text.startswith("The number") and "worries" not in q.text
    # "sooner than expected" reports no one's expectation
    assert not any(q.cue == "expected" for q in quotes)


def test_the_dateline_is_no_subject():
    # the parse makes the dateline's place a second subject of "said"; the agency of the dateline
    # is the byline, not the agency that speaks
    q = quote_holding(english_quotes("OSLO -- The port authority said on Tuesday that the ferry crossings will fall."),
                      "crossings")
    assert q.speaker == "The port authority" and q.speaker_canonical is None
    q = quote_holding(english_quotes("OSLO (Reuters) - The agency said on Tuesday that the number of visas will fall."),
                      "visas")
    assert q.speaker == "The agency" and q.speaker_canonical is None
    # ... but a subject that runs on past the dateline is the subject
    q = quote_holding(english_quotes("BERGEN, Norway (Reuters) - President Ingrid Dahl met the ferry crews on Thursday "
                                     "and said the city must act to keep the crossings open."), "the city must act")
    assert q.speaker_canonical == "Ingrid Dahl"


def test_how_a_source_spoke_is_no_part_of_what_it_said():
    q = quote_holding(english_quotes("Senior officials spoke about the ferry contracts only on the condition of "
                                     "anonymity because the talks are still going on."), "the ferry contracts")
    assert q.text == "the ferry contracts" and q.speaker == "Senior officials"


# ----------------------------------------------------------------- objects and complements
def test_stance_verb_object_and_its_second_complement():
    q = quote_holding(english_quotes("Maria Lopez accused the mayor of ignoring the flood warnings."), "the mayor")
    assert q.text == "the mayor of ignoring the flood warnings" and q.speaker == "Maria Lopez"
    q = quote_holding(english_quotes("The governor described the budget as a betrayal of working families."), "the budget")
    assert q.text.endswith("as a betrayal of working families")


def test_addressee_is_not_content():
    quotes = english_quotes("Woodward told the association of realtors about his plans on Tuesday.")
    assert not any(q.text.startswith("the association") for q in quotes)


def test_verb_with_preposition_content():
    q = quote_holding(english_quotes("The union has called for an immediate increase of the minimum wage."), "an immediate increase")
    assert q.kind == "indirect" and q.speaker == "The union" and q.cue == "has called"


def test_passive_with_agent_makes_the_agent_the_source():
    q = quote_holding(english_quotes("The proposal to close the plant was rejected by most of the town council."),
             "The proposal to close the plant")
    assert q.speaker == "most of the town council"


def test_possessive_noun_of_stance():
    q = quote_holding(english_quotes("Karen Wells's promise to rebuild the bridge within a year was met with doubt."),
             "to rebuild the bridge")
    assert q.speaker == "Karen Wells" and q.cue == "promise"


def test_stance_adjective_with_a_clause():
    q = quote_holding(english_quotes("Officials close to the talks were adamant that the deal would be signed before May."),
             "the deal would be signed")
    assert q.speaker.startswith("Officials") and q.cue == "were adamant"


# ----------------------------------------------------------------- according to, headlines
def test_according_to_at_the_end_takes_the_clause_before():
    q = quote_holding(english_quotes("Two candidates would defeat the incumbent, according to a new poll that shows a tight race."),
             "Two candidates would defeat the incumbent")
    assert q.speaker == "a new poll" and "that shows" not in q.speaker


def test_according_to_at_the_start_takes_the_clause_after():
    q = quote_holding(english_quotes("According to several aides, the mayor was furious about the leak."), "the mayor was furious")
    assert q.speaker == "several aides"


def test_headline_with_a_named_speaker_and_a_colon():
    q = quote_holding(english_quotes("Merkel: Europe must take its fate into its own hands.\n\nThe chancellor spoke in Munich."),
             "Europe must take its fate")
    assert q.speaker == "Merkel"
    labels = english_quotes("Update: The council has moved the vote to Friday.\n\nThe mayor agreed.")
    assert not any(q.speaker == "Update" for q in labels)


def test_the_title_s_speaker_and_colon_need_no_verb_after_them():
    # a title drops its verb, or its capitals make the tagger read the verb as a name
    for title, said in (("Poll: Coastal Voters Abandon Harbor Party for Mayor Stone", "Coastal Voters Abandon"),
                        ("Okafor: No outside pressure on the dam inquiry", "No outside pressure")):
        q = quote_holding(english_quotes(title + "\n\nThe inquiry opened on Monday in Velmont."), said)
        assert q.speaker == title.split(":")[0] and q.text.startswith(said)
    # in the body a verbless phrase after a colon is nobody's words
    assert not english_quotes("The inquiry opened on Monday.\n\nOkafor: No outside pressure on the dam inquiry.")


# ----------------------------------------------------------------- boundaries and repeats
def test_reporter_additions_are_cut_from_the_content():
    q = quote_holding(english_quotes("The campaign announced it would seek a recount in the county, where it trailed by 300 votes."),
             "it would seek a recount")
    assert "where it trailed" not in q.text
    q = quote_holding(english_quotes("Ms. Khan said the candidate was ignorant of the law and criticized him for his remarks."),
             "the candidate was ignorant")
    assert "criticized" not in q.text


def test_a_second_report_after_the_reported_clause_is_its_own_quote():
    # a clause hung on the reported clause in another tense, whose verb reports with its own subject, is the
    # reporter's account of the occasion: someone else's report
    quotes = english_quotes("The water board insists it is blameless after a local nurse reported strange rashes "
                            "among the children of the valley.")
    board = quote_holding(quotes, "blameless")
    assert board.text == "it is blameless" and board.speaker == "The water board"
    nurse = quote_holding(quotes, "strange rashes")
    assert nurse.speaker == "a local nurse"
    # in the reported clause's own tense it is part of what is reported
    q = quote_holding(english_quotes("The water board admitted it had ignored the warnings until a local nurse "
                                     "reported strange rashes among the children."), "ignored the warnings")
    assert q.text.endswith("among the children")
    # the parse may coordinate the second report's verb with the first ("telling … told", nothing joining
    # them): the noun phrase right before it is still its subject, not the senator
    quotes = english_quotes("Senator Maria Okafor is telling voters she is ready to lead after a farmer in Tulsa told "
                            "her he fears the new tariffs will ruin his harvest.")
    q = next(q for q in quotes if q.text.startswith("he fears the new tariffs"))
    assert q.speaker == "a farmer in Tulsa" and q.speaker_canonical is None
    # a verb that reports nothing is no second report: "responded to" an alert is the clause going on
    q = quote_holding(english_quotes("The mayor said the hall was closed as firefighters responded to a gas leak "
                                     "near the market."), "the hall was closed")
    assert q.text.endswith("near the market")


def test_a_verb_in_a_list_of_verbs_shares_the_subject():
    # "…, called her "third-rate" and boycotted …": a list, not a verb whose subject the parse lost
    quotes = english_quotes("He later suggested her mood was behind her aggressive tone, called her \"third-rate\" "
                            "and boycotted one of the debates.")
    assert quote_holding(quotes, "third-rate").speaker == "He"


def test_a_verb_in_the_reporting_verb_s_form_goes_on_with_the_reporter():
    # "tells" (like "says") cannot share the subject of "'d sit": it is the governor's, not "he"'s, and
    # not Ivanov's, the last man named before it
    quotes = english_quotes("Governor Paul Brennan says he'd sit Viktor Ivanov down and tell him to leave, and "
                            "tells the crowd he was the only candidate with real experience.")
    q = quote_holding(quotes, "the only candidate")
    assert q.speaker_canonical == "Paul Brennan"
    assert "tells" not in quote_holding(quotes, "sit Viktor Ivanov down").text


def test_a_pronoun_subject_resolves_before_itself_not_before_its_cue():
    # "he" opens the reported clause; Ivanov, named after "he" and before "tell", is not who "he" is
    quotes = english_quotes("Senator Tom Ruiz spoke in Reno. He said he would call Viktor Ivanov and tell him "
                            "\"the border stays open for trade.\"")
    q = quote_holding(quotes, "the border stays open")
    assert q.speaker_canonical == "Tom Ruiz"


def test_a_quote_read_again_as_a_clause_is_not_a_second_quote():
    quotes = english_quotes('"The economy is in far better shape than the critics admit," Mr. Hale said on Sunday.')
    assert [q.kind for q in quotes] == ["direct"]


def test_partial_quotes_inside_a_reported_clause_keep_the_clause():
    quotes = english_quotes('Mr. Reid said the senator had been "a vital part of our caucus" for many years '
                     'and that the party would need him in the fall.')
    q = quote_holding([q for q in quotes if q.kind == "indirect"], "the senator had been")
    assert q.speaker == "Mr. Reid"


# ----------------------------------------------------------------- real articles
POLNEAR = EVAL / "polnear" / "train" / "text"


def test_offsets_hold_on_real_polnear_articles():
    paths = sorted(POLNEAR.glob("nyt_*.txt"))[:2] + sorted(POLNEAR.glob("politico_*.txt"))[:2]
    assert paths
    kinds = set()
    for p in paths:
        art = Article(id=p.stem, text=p.read_text(encoding="utf-8"), language="en", source=ArticleSource(path=str(p)))
        analyze_article(art, skip=SKIP)
        for q in art.quotes:
            assert art.text[q.start:q.end] == q.text
            kinds.add(q.kind)
    assert kinds == {"direct", "indirect"}


# ----------------------------------------------------------------- speakers
def test_possessive_owner_is_not_the_speaker():
    quotes = english_quotes('Khizr Khan spoke at the convention. "We will not be silent," Mr. Khan\'s wife said on Sunday.')
    q = quote_holding(quotes, "We will not be silent")
    assert q.speaker == "Mr. Khan's wife" and q.speaker_canonical is None   # an honest null, not the husband


def test_subject_before_the_cue_wins_over_the_phrase_after_it():
    q = quote_holding(english_quotes('Bernie Sanders spoke first. "The economy is rigged for the few," Mr. Sanders told CNN last year.'),
             "The economy is rigged")
    assert q.speaker == "Mr. Sanders" and q.speaker_canonical == "Bernie Sanders"


def test_possessive_pronoun_owner_resolves():
    q = quote_holding(english_quotes("Bernie Sanders spoke in Ohio. He has toned down his criticism of the Clinton campaign's "
                     "fundraising methods."), "fundraising methods")
    assert q.speaker == "his" and q.speaker_canonical == "Bernie Sanders"


# ----------------------------------------------------------------- participles, evidence, names
def test_participle_of_stance_has_the_noun_it_modifies_as_source():
    q = quote_holding(english_quotes("But a super PAC supporting Mrs. Clinton's candidacy may start running ads."), "candidacy")
    assert q.speaker == "a super PAC" and q.cue == "supporting"


def test_evidence_verb_needs_a_document_as_subject():
    q = quote_holding(english_quotes("New Hampshire polls have shown Cruz and Rubio in a jumble for second place."), "Cruz and Rubio")
    assert q.text.endswith("for second place") and q.speaker == "New Hampshire polls"
    assert not english_quotes("The senator showed the visitors around the new library building.")


def test_evidence_in_an_incise_is_the_source_of_the_clause():
    # "records show" between commas or at the sentence's end: the parse seldom makes it a clause
    q = quote_holding(english_quotes("The mayor had to lend her campaign forty thousand dollars in May, "
                                     "fundraising documents show."), "lend her campaign")
    assert q.speaker == "fundraising documents" and q.cue == "show"
    assert q.text.startswith("The mayor") and q.text.endswith("in May")
    q = quote_holding(english_quotes("Over the same winter, port records show, the ferry sailed only twelve times."),
                      "the ferry sailed")
    assert q.speaker == "port records"
    # a verb of evidence after something that is not evidence is no incise
    assert not any(q.cue == "show" for q in english_quotes(
        "The mayor will open the fair this weekend, and the children will show their drawings."))


def test_an_incise_the_tagger_read_as_a_noun():
    # "adviser maintains" reads as a compound noun; the inflected cue verb after a comma says it is speech
    q = quote_holding(english_quotes("The plan is not a good one for the harbour, the mayor's former adviser maintains."),
                      "not a good one")
    assert q.speaker == "the mayor's former adviser" and q.cue == "maintains"
    # plural nouns that are cue verbs too are no incise, nor a participle
    quotes = english_quotes("The council paid for leaflets, mailers and phone calls. "
                            "Hundreds of workers marched through the town, carrying signs saying.")
    assert not any(q.cue in ("calls", "saying") for q in quotes)


def test_it_speaks_for_the_organisation_that_is_the_nearest_subject():
    q = quote_holding(english_quotes(
        "The forecast was cut on Tuesday. Although the World Maritime Fund did not name the harbour, "
        "it said that growing tensions between the port authorities would slow trade."), "growing tensions")
    assert q.speaker == "it" and q.speaker_canonical == "World Maritime Fund"
    # "it" after a person, or after a man the tagger labels an organisation, stands for no body
    quotes = english_quotes("The recording does not show the crash, which happened as Keith Lamont Doyle was "
                            "driving home. It also does not answer whether the lights were on.")
    assert all(q.speaker_canonical is None for q in quotes if q.speaker == "It")
    # and an "it" that stands for nothing reports nothing, nor one before a copula
    assert not english_quotes("It seems clear that the harbour will close before the winter comes.")
    quotes = english_quotes("The Harbour Agency put the toll at $4. While it's true that tolls had been rising "
                            "before the mayor took office, they rose more slowly.")
    assert not any(q.speaker_canonical == "Harbour Agency" for q in quotes if q.speaker.lower() == "it")


def test_a_poll_gives_the_standing_reported_in_it():
    q = quote_holding(english_quotes("The governor leads the senator by 12 points in the latest state poll."),
                      "leads the senator")
    assert q.speaker == "the latest state poll" and q.cue == "in"
    assert q.text == "The governor leads the senator by 12 points"
    q = quote_holding(english_quotes("In this survey, the mayor rose two points while her rival fell by three."),
                      "the mayor rose")
    assert q.speaker == "this survey" and not q.text.startswith("In")
    # taking part in a poll, or a place that is no poll, reports nothing
    quotes = english_quotes("Four hundred nurses took part in the survey last spring. The mayor lives in the old town.")
    assert not any(q.cue == "in" for q in quotes)


def test_a_view_or_a_reckoning_is_the_source_of_its_clause():
    q = quote_holding(english_quotes("In their view, the council could win back the river towns by spring."),
                      "the council could win")
    assert q.speaker == "their" and q.cue == "In"
    q = quote_holding(english_quotes("By the Harbour Gazette's tally, the mayor now has 61 votes to her rival's 40."),
                      "61 votes")
    assert q.speaker == "the Harbour Gazette" and q.text.startswith("the mayor")
    # "by" an agent, a time or a unit is no reckoning
    assert not english_quotes("The bridge was built by some workers from the city. They were paid by the hour.")


def test_a_named_document_reports_its_that_clause():
    # the parse makes the "that" clause a relative clause; the name before the noun owns the report
    q = quote_holding(english_quotes("The mayor is seizing upon a Reuters report that the harbour company lost "
                                     "twelve million dollars in 2019."), "lost twelve million")
    assert q.speaker == "Reuters" and q.cue == "report"
    # a relative clause ("that" is its object) is what the report is, not what it says
    assert not any(q.cue == "report" for q in english_quotes("A Pentagon report that the agency obtained lists the bases."))


def test_main_verb_the_parse_read_as_a_participle_keeps_its_subject():
    # en_core_web_sm parses "The poll found last week that …" as a noun root with a participle
    q = quote_holding(english_quotes("The poll found last week that the mayor would lose the runoff by ten points."),
                      "the mayor would lose")
    assert q.speaker == "The poll" and q.cue == "found" and q.text.startswith("the mayor")


def test_mangled_lemma_of_an_intent_verb():
    # en_core_web_sm lemmatises "hoped" as "hop"
    q = quote_holding(english_quotes("Rubio hoped to emerge as the mainstream alternative to the front-runner."), "to emerge")
    assert q.speaker == "Rubio"


def test_stance_noun_owned_through_from():
    q = quote_holding(english_quotes("Calls from her primary opponents to break up the big banks went unanswered."),
             "to break up the big banks")
    assert q.speaker == "her primary opponents"


def test_a_name_is_a_content_of_a_stance_verb():
    q = quote_holding(english_quotes("Sanders, who endorsed Canova in late May, did not show up."), "Canova")
    assert q.text == "Canova" and q.speaker == "Sanders"


def test_reported_clause_around_a_partial_quote_is_kept():
    quotes = english_quotes('Cruz said that the "stakes in this election are too high" for the businessman to be the nominee.')
    q = quote_holding([q for q in quotes if q.kind == "indirect"], "for the businessman to be the nominee")
    assert q.speaker == "Cruz"


def test_as_complement_of_a_prepositional_content():
    q = quote_holding(english_quotes("Admiral Harris refers to those islands as Chinese military bases."), "those islands")
    assert q.text == "those islands as Chinese military bases"


def test_verbs_of_knowing_report_a_clause():
    q = quote_holding(english_quotes("The senator recognized that the bill would never pass the House."), "the bill would never pass")
    assert q.speaker == "The senator"
    q = quote_holding(english_quotes("Clinton's team had hoped that the delegate math would settle the race by April."),
             "the delegate math would settle")
    assert q.speaker == "Clinton's team"


def test_a_name_modifying_the_speaker_is_not_the_speaker():
    q = quote_holding(english_quotes("Hillary Clinton spoke in Boston. Clinton aides said details of her tax plan will come "
                     "in the coming weeks."), "details of her tax plan")
    assert q.speaker == "Clinton aides" and q.speaker_canonical is None
    q = quote_holding(english_quotes("Ed Rendell, a stalwart Clinton ally, said it would be easier to raise the gas tax."),
             "it would be easier")
    assert q.speaker_canonical == "Ed Rendell"


def test_a_plural_role_is_not_the_next_person_named():
    quotes = english_quotes("Some experts said it could be a difficult pledge to keep. William Gale, an economist, "
                     "said the plan was possible.")
    q = quote_holding(quotes, "it could be a difficult pledge")
    assert q.speaker_canonical is None


def test_pronoun_gender_learnt_from_the_pronouns_that_follow_a_name():
    # the most recent subject is Clinton; only her gender, learnt from "She promised", rules her out
    text = ("Mayor Marty Walsh spoke first in Boston. He praised the candidate at length. "
            "Hillary Clinton spoke next. She promised to fix the roads. "
            '"Nobody comes closer to her experience in this race," he said.')
    q = quote_holding(english_quotes(text), "Nobody comes closer")
    assert q.speaker == "he" and q.speaker_canonical == "Marty Walsh"


def test_plural_description_is_never_one_person():
    text = ("Nargis Kassenova, an international relations expert, said the region was wary. "
            "But experts agree the plan has far more clout than the American one.")
    q = quote_holding(english_quotes(text), "the plan has far more clout")
    assert q.speaker == "experts" and q.speaker_canonical is None


def test_a_time_is_not_what_was_said():
    quotes = english_quotes("Knight campaigned on Wednesday in Ohio. Their remarks on Monday drew a crowd.")
    assert not any(q.text in ("Wednesday", "Monday") for q in quotes)


def test_quote_left_open_at_a_paragraph_end_goes_on():
    text = ("The paper announced the team on Monday.\n\n“Donald Trump is a candidate unlike any we’ve seen,” "
            "said Baron. “His candidacy has defied all conventions and upended the landscape.\n\n"
            "He continued, “That’s what we intend to do.”")
    q = quote_holding(english_quotes(text), "His candidacy has defied")
    assert q.kind == "direct" and q.speaker_canonical == "Baron"


def test_a_role_is_not_the_last_person_named():
    text = ('Gloria Borger asked whether he would run. "That would be me, yes. I think that is probably right," '
            "the senator said.")
    q = quote_holding(english_quotes(text), "That would be me")
    assert q.speaker == "the senator" and q.speaker_canonical is None     # not Borger, who asked


def test_a_body_is_not_the_newspaper_that_reported():
    text = ("The Washington Post reported on Monday that migrants were arriving. "
            "The administration said it would act because of a spike in the number of migrants.")
    q = quote_holding(english_quotes(text), "it would act")
    assert q.speaker == "The administration" and q.speaker_canonical is None


def test_passive_as_complement_is_content_not_source():
    q = quote_holding(english_quotes("But the hiring of Stephen Bannon was seen by some as a demotion for him."), "the hiring")
    assert q.speaker == "some" and q.text.endswith("as a demotion for him")


def test_according_to_beyond_the_speech_verb_is_the_relay_not_the_speaker():
    text = ("“We will not leave a single family without shelter,” Interior Minister Maria Holt said, "
            "according to the Daily Courier.")
    q = quote_holding(english_quotes(text), "We will not leave")
    assert q.speaker_canonical == "Maria Holt" and q.cue == "said"


# ----------------------------------------------------------------- reports inside reports, clause bounds
def test_a_report_nested_in_a_reported_content_keeps_both():
    quotes = english_quotes("The lawyers cited the ruling of Judge Amos, a jurist who critics say is close to the mining lobby.")
    outer = quote_holding(quotes, "the ruling of Judge Amos")
    # (the apposition is the reporter's gloss on the judge, not what the lawyers cited)
    assert outer.speaker == "The lawyers" and outer.text == "the ruling of Judge Amos"
    inner = [q for q in quotes if q.text.startswith("is close to")]
    assert len(inner) == 1 and inner[0].speaker == "critics"


def test_a_content_stretches_over_the_nested_report_it_cuts_into():
    from recoupe.extract.quotes import _with_nested_reports
    from recoupe.model import Quote
    from recoupe.nlp.spacy_runner import load_pipeline
    text = "The firm hired lawyers to fight a union that has vowed to strike all summer."
    doc = load_pipeline("en")(text)
    content = [t for t in doc if t.i < [x.lower_ for x in doc].index("strike")]     # "…has vowed to"
    pledge = text.index("to strike")
    nested = Quote(text=text[pledge:-1], start=pledge, end=len(text) - 1, speaker="a union", kind="indirect")
    stretched = _with_nested_reports(content, [nested])
    assert stretched[-1].text == "summer" and stretched[:len(content)] == content
    # a direct quote is no nested report: the content is left as it is
    assert _with_nested_reports(content, [Quote(text=nested.text, start=nested.start, end=nested.end)]) == content


def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str]):
    """A real spaCy Doc with the given parse: the rules' behaviour on a parse the small model
    gives only in some contexts."""
    from spacy.tokens import Doc
    from recoupe.nlp.spacy_runner import load_pipeline
    pos = {"V": "VERB", "N": "NOUN", "P": "PROPN", "D": "DET", "I": "ADP", ",": "PUNCT", "M": "AUX", "R": "PRON"}
    return Doc(load_pipeline("en").vocab, words=words, heads=heads, deps=deps, tags=tags,
               pos=[pos.get(t[0], "X") for t in tags])


def test_a_participle_hung_on_the_object_is_not_the_content():
    from recoupe.lang.en.attribution import trim_content
    # "Ames rejected the idea that taxes rise, saying voters …", "saying" parsed as a clause of "idea"
    doc = _parsed(["Ames", "rejected", "the", "idea", "that", "taxes", "rise", ",", "saying", "voters", "object"],
                  [1, 1, 3, 1, 6, 6, 3, 3, 3, 10, 8],
                  ["nsubj", "ROOT", "det", "dobj", "mark", "nsubj", "acl", "punct", "acl", "nsubj", "ccomp"],
                  ["NNP", "VBD", "DT", "NN", "IN", "NNS", "VBP", ",", "VBG", "NNS", "VBP"])
    kept = trim_content(list(doc[2:]), doc[1])
    assert [t.text for t in kept] == ["the", "idea", "that", "taxes", "rise"]


def test_each_of_two_reports_joined_by_a_semicolon_keeps_its_clause():
    quotes = english_quotes("Most farmers say the subsidy helps them; 30 percent of growers say they have never received any of it.")
    q = quote_holding(quotes, "never received")
    assert q.text == "they have never received any of it" and q.speaker == "30 percent of growers"


def test_a_gerund_after_a_preposition_takes_the_main_verb_s_subject():
    q = quote_holding(english_quotes("The council answered the complaints by promising new street lights for the harbour district."),
                      "new street lights")
    assert q.speaker == "The council" and q.cue == "promising"


def test_a_report_the_parse_cannot_place_takes_its_head_s_subject():
    from recoupe.extract.quotes import _subject_tokens
    # "Most nurses going on strike say they agree": the small model leaves "say" as a bare "dep" of "going"
    doc = _parsed(["Most", "nurses", "going", "on", "strike", "say", "they", "agree"],
                  [1, 2, 2, 2, 3, 2, 7, 5],
                  ["amod", "nsubj", "ROOT", "prep", "pobj", "dep", "nsubj", "ccomp"],
                  ["JJS", "NNS", "VBG", "IN", "NN", "VBP", "PRP", "VBP"])
    assert [t.text for t in _subject_tokens(doc[5], [])] == ["Most", "nurses"]


def test_a_relative_clause_after_a_comma_is_not_what_was_said():
    quotes = english_quotes("The coach praised his goalkeeper Tom Reyes, who has pledged to stay at the club until 2030.")
    q = quote_holding(quotes, "his goalkeeper")
    assert q.text == "his goalkeeper Tom Reyes" and q.speaker == "The coach"
    assert quote_holding(quotes, "to stay at the club").speaker == "Tom Reyes"


def test_a_comma_inside_closing_quote_marks_ends_the_content():
    q = quote_holding(english_quotes("She said the new plan was “simple and fair,” though most economists disagree with her."),
                      "the new plan")
    assert q.speaker == "She" and "economists" not in q.text


# ----------------------------------------------------------------- who the phrase names
def test_a_description_is_headed_by_its_last_noun_not_the_place_or_party_before_it():
    quotes = english_quotes("Senator Tim Scott gave the rebuttal. Painting the calls for unity as \"empty "
                            "platitudes,\" the South Carolina Republican accused Democrats of dividing Americans.")
    assert {q.speaker_canonical for q in quotes} == {None}
    quotes = english_quotes("House Democrats said the plan would pass on Tuesday.")
    assert [(q.speaker, q.speaker_canonical) for q in quotes] == [("House Democrats", None)]


def test_reports_shared_by_an_outlet_are_that_outlet_s():
    text = ("Central Intelligence Agency Director William Burns met the Taliban leader on Monday. Burns traveled "
            "to Kabul for undisclosed negotiations, according to reports first shared by the Washington Post.")
    art = analyze_article(Article(id="x", text=text, language="en"), skip=SKIP)
    # a capitalised "Agency" inside a name is no media noun: no outlet called "Director William Burns"
    assert [s.name for s in art.cited_sources] == ["The Washington Post"]
    assert [q.speaker_canonical for q in art.quotes] == ["The Washington Post"]
    # where the report appeared is not what it says
    quotes = english_quotes("The talks failed, according to a report in the Washington Post.")
    assert [q.text for q in quotes] == ["The talks failed"]
    # while one that opens a name after its article is the name's first word
    art = analyze_article(Article(id="y", text="The dam had cracked, according to the Daily Herald of Norvalia.",
                                  language="en"), skip=SKIP)
    assert [s.name for s in art.cited_sources] == ["Daily Herald"]


def test_an_inverted_subject_goes_on_past_a_possessive():
    quotes = english_quotes("“If you can say it on the streets,” promised the company’s chief executive, John Matze, "
                            "in an interview, “you can say it on our site.”")
    assert {q.speaker_canonical for q in quotes if q.kind == "direct"} == {"John Matze"}


# ----------------------------------------------------------------- a subject the parse missed
def test_a_name_and_its_description_before_the_verb_speak_when_the_parse_gives_no_subject():
    # the parse hangs "Reid" on "Nevada" (a list) and leaves "said" without a subject
    quotes = english_quotes("Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said that he "
                            "spoke with Mr. Sanders on Tuesday.")
    q = quote_holding(quotes, "he spoke with Mr. Sanders")
    assert q.speaker == "Senator Harry Reid, the minority leader" and q.speaker_canonical == "Harry Reid"


def test_a_phrase_after_a_preposition_is_no_subject():
    # "the official unemployment rate" is what "on" governs, not who suggested
    quotes = english_quotes("He cast doubt on the official unemployment rate of 4.9 percent, suggested that the real "
                            "rate could be as high as 42 percent.")
    assert not any("rate" in (q.speaker or "") for q in quotes)


def test_the_subject_of_a_copula_reports_through_its_adjective():
    # "mentioning" hangs on "remind", which hangs on "likely": the one who is likely mentions
    q = quote_holding(english_quotes("Sanders is also likely to remind voters of his record by mentioning the fact that "
                                     "he was at the March on Washington in 1963."), "the fact that he was")
    assert q.speaker == "Sanders"


# ----------------------------------------------------------------- lists
def test_a_list_of_gerunds_is_one_content():
    # "taking care of veterans" after a comma is the list's next item, not the reporter's participle
    q = quote_holding(english_quotes("The senator reiterated many of the pledges he has been making for months: "
                                     "rebuilding the military, taking care of veterans and building a wall."),
                      "rebuilding the military")
    assert q.speaker == "The senator" and q.text.endswith("taking care of veterans and building a wall")


def test_a_participle_after_the_reported_clause_is_still_cut():
    q = quote_holding(english_quotes("The governor said the plan was dead, pointing to the vote in the Senate."),
                      "the plan was dead")
    assert q.text == "the plan was dead"


def test_a_closing_mark_typed_to_open_a_quote_opens_it():
    # (readers' comments pasted with a left-to-right mark before them)
    text = ("Readers flooded the page with comments.\n\u202a”This is why they must be stopped. They are evil. "
            "Children are gifts and are to be protected,” said John Krystek.")
    assert [text[m.open + 1:m.close] for m in scan_quote_marks(text)] == [
        "This is why they must be stopped. They are evil. Children are gifts and are to be protected,"]
    q = quote_holding(english_quotes(text), "They are evil")
    assert q.kind == "direct" and q.text.startswith("This is why") and q.speaker == "John Krystek"


def test_two_verbs_sharing_their_object_are_one_statement():
    # "held and hugged" share "grieving family members": not the reporter's narration going on
    quotes = english_quotes("Biden met the families on Thursday. “I held and hugged” grieving family members before "
                            "laying flowers at a memorial for the victims, he said.")
    q = quote_holding(quotes, "grieving family members")
    assert q.kind == "indirect" and q.speaker == "he" and q.text.endswith("a memorial for the victims")
    # while a verb after a completed clause is still cut off
    q = quote_holding(english_quotes("She said Trump was ignorant and criticized him for his remarks."), "Trump was")
    assert q.text == "Trump was ignorant"


# ----------------------------------------------------------------- names inside the speaker's phrase
def test_a_name_that_modifies_or_complements_the_speaker_is_not_the_speaker():
    q = quote_holding(english_quotes('"No more money will be diverted to building a border wall," a Biden '
                                     'administration official said Friday.'), "No more money")
    # (not Biden: an unnamed official speaks for their body, here the government named after him)
    assert q.speaker == "a Biden administration official" and q.speaker_canonical == "Government of the United States"
    q = quote_holding(english_quotes('"If she were to call the bill, it will fail," Rep. Jan Schakowsky (D-Ill.), '
                                     'a close ally of Speaker Nancy Pelosi (D-Calif.), said leaving a meeting.'),
                      "If she were")
    assert q.speaker_canonical == "Jan Schakowsky"


def test_a_secretary_of_a_department_is_the_person_named_after_it():
    quotes = english_quotes('"Vaccination is necessary to protect the Force," Secretary of Defense Lloyd Austin wrote '
                            'in a memo. He added, "To defend this Nation, we need a healthy and ready force." The '
                            'Pentagon previously said that Pfizer was approved.')
    assert quote_holding(quotes, "Vaccination is").speaker_canonical == "Lloyd Austin"
    assert quote_holding(quotes, "To defend").speaker_canonical == "Lloyd Austin"


def test_an_incise_after_a_question_the_splitter_cut_off_still_reports_it():
    q = quote_holding(english_quotes('"Why are you so confident he will change, Mr. President?" CNN\'s chief White '
                                     'House correspondent, Kaitlan Collins, asked Biden at the end.'), "Why are you")
    assert q.speaker_canonical == "Kaitlan Collins" and q.cue == "asked"
    # a verb with its own reported clause reports that clause, not the question before it
    q = quote_holding(english_quotes('"Is this the end?" The minister said the plan had failed.'), "Is this the end")
    assert q.speaker is None


def test_a_quote_in_a_clause_of_a_noun_is_not_the_main_subject_s():
    q = quote_holding(english_quotes('Senator John Smith spent the day in meetings, receiving at least one alert from a '
                                     'researcher that "some of the features look engineered."'), "some of the features")
    assert q.speaker_canonical is None


def test_speakers_past_a_torn_title_a_place_tag_and_a_subject_that_names_no_one():
    # the parse read "Indeed" as an adverb and "Hiring" as a verb
    q = quote_holding(english_quotes('"Demand for workers is surging as the economy emerges from the pandemic," said '
                                     'Indeed Hiring Lab director of research Nick Bunker.'), "Demand for workers")
    assert q.speaker_canonical == "Nick Bunker"
    # "Bush" alone was tagged a place (Būsh, in Egypt)
    q = quote_holding(english_quotes('The speech by George W. Bush was long. "Those days seem distant from our own," '
                                     'Bush said.'), "Those days")
    assert q.speaker_canonical == "George W. Bush"
    # a woven quote whose subject is no person, and a full stop the writer put before the incise
    q = quote_holding(english_quotes('Communication issues on Harris’ team, including her chief of staff Tina Flournoy, '
                                     'have contributed to a "tense and at times dour office atmosphere." Politico '
                                     'reported, citing interviews with 22 aides.'), "tense and at times")
    assert q.speaker_canonical == "Politico"
    q = quote_holding(english_quotes('Communication issues on Harris’ team, including her chief of staff Tina Flournoy, '
                                     'have contributed to a "tense and at times dour office atmosphere."'), "tense and")
    assert q.speaker_canonical is None


def test_a_name_that_qualifies_a_noun_is_no_antecedent():
    quotes = english_quotes("Take MSNBC’s Nicolle Wallace’s contention that the speech, in which Scott praised the "
                            "Trump administration vaccines, was wrong. Operation Warp Speed, she claimed, “didn’t do "
                            "anything to get a needle in the arms.”")
    assert quote_holding(quotes, "didn’t do anything").speaker_canonical == "Nicolle Wallace"


def test_a_passive_person_pronoun_still_speaks_and_an_impersonal_it_does_not():
    q = quote_holding(english_quotes("John Smith arrived on Monday. He was quoted as saying that the plan would fail "
                                     "within a year."), "the plan would fail")
    assert q.speaker_canonical == "John Smith"
    assert english_quotes("It was reported that the plan would fail within a year.") == []


def test_a_body_described_by_its_kind_is_the_one_just_named():
    # "the social media company", "the company": the organisation most named just before
    quotes = english_quotes("YouTube removed the videos on Tuesday. YouTube said the rules were clear. The social media "
                            "company alleges that the videos \"spread false claims about vaccines approved by health "
                            "authorities.\"")
    assert quote_holding([q for q in quotes if q.kind == "direct"], "spread false claims").speaker_canonical == "YouTube"
    quotes = english_quotes("Acme Corp. sold its plant in March. Acme Corp. said the sale was final. The company said "
                            "it would \"keep every worker on the payroll until the end of the year.\"")
    assert quote_holding(quotes, "keep every worker").speaker_canonical == "Acme Corp"


def _direct(text: str):
    return [q for q in english_quotes(text) if q.kind == "direct"]


def test_marked_words_inside_reported_speech_are_the_reporter_s_when_their_own_cue_names_no_one():
    q = quote_holding(_direct("Health Secretary Xavier Becerra said Thursday it was \"absolutely the government's "
                             "business\" to know which Americans haven't been vaccinated yet."), "absolutely the")
    assert (q.speaker_canonical, q.cue) == ("Xavier Becerra", "said")
    q = quote_holding(_direct("Buildings were evacuated midday Thursday as authorities responded to an \"active bomb "
                             "threat investigation,\" the US Capitol Police wrote on Twitter."), "active bomb")
    assert q.speaker_canonical == "Capitol Police"
    # a person reporting inside the clause keeps the words, even unnamed
    q = quote_holding(_direct("The senator said the spokesman told reporters that \"nothing will change before the "
                             "election in November.\""), "nothing will change")
    assert q.speaker == "the spokesman"


def test_a_passive_verb_s_agent_after_the_quote_said_it():
    def direct(text):
        return [(q.text[:20], q.speaker_canonical) for q in _direct(text)]
    assert direct("The drone strike was described as \"a righteous strike that was necessary\" by Gen. Mark Milley "
                  "on Wednesday.") == [("a righteous strike t", "Mark Milley")]
    assert direct("The decision was called \"a historic mistake that will haunt us\" by Senator Lindsey Graham.") == [
        ("a historic mistake t", "Lindsey Graham")]
    # called, with no agent: a name, not speech
    assert direct("The album was called \"Songs for the Long Night of Winter\" and it sold well.") == []


def test_a_quote_that_is_its_own_paragraph_takes_no_cue_from_the_paragraph_before():
    quotes = _direct("In Turkey, shopkeepers couldn't sell their wares. And in Colombia, a nonprofit that uses WhatsApp "
                     "to reach victims found its work impaired.\n\n“Because we have a field team, we were able to "
                     "mitigate some of...")
    assert [(q.speaker_canonical, q.cue) for q in quotes] == [(None, None)]


def test_an_unnamed_role_is_not_the_next_person_named_doing_something_else():
    # "with Attorney General X focusing on …" (a participle's subject) is not the spokesman
    quotes = english_quotes('"We have widened the probe," the spokesman said on Tuesday. Previously, the office was '
                            'investigating the company with Attorney General Maria Lopez focusing on its assets.')
    q = quote_holding(quotes, "widened the probe")
    assert q.speaker == "the spokesman" and q.speaker_canonical is None


def test_a_company_the_table_knows_speaks_under_its_name_when_not_cited():
    # no one says anything on the platform here, so it is no cited source; the company still speaks
    quotes = english_quotes("Facebook apologized on Monday, explaining that a faulty configuration change caused "
                            "the outage across its platforms.")
    q = quote_holding(quotes, "a faulty configuration change")
    assert q.speaker == "Facebook" and q.speaker_canonical == "Facebook"


def test_a_reason_after_a_reported_noun_phrase_is_the_reporters():
    q = quote_holding(english_quotes("The senator distanced himself from Governor Hale because the outgoing governor "
                                     "was deeply unpopular."), "Governor Hale")
    assert q.text == "Governor Hale" and q.speaker == "The senator"
    # a clause keeps its reason: it may be the source's own
    q = quote_holding(english_quotes("The mayor said he would back the plan because it saves money."), "back the plan")
    assert q.text.endswith("because it saves money")


def test_a_list_of_infinitives_the_parse_hung_on_the_cue_stays_in_the_content():
    q = quote_holding(english_quotes("Clinton touted her proposals to invest $275 billion in infrastructure, "
                                     "expand Social Security benefits, and enable debt-free college."), "proposals")
    assert q.text.endswith("and enable debt-free college")


def test_a_verbless_aside_inside_the_reported_clause_does_not_end_it():
    q = quote_holding(english_quotes("Ann Compton said she always treated the photo line as a crucial, although brief, "
                                     "opportunity to question the president."), "photo line")
    assert q.text.endswith("opportunity to question the president")


def test_a_person_inside_reported_words_does_not_take_over_the_next_quote():
    text = ("In an interview on local radio, Paterson discussed the task ahead for Hochul and the changes that will "
            "come when she assumes her new role as governor.\n\n“I think she is really going to surprise everyone.”")
    q = quote_holding(english_quotes(text), "surprise everyone")
    assert q.speaker_canonical == "Paterson"


def test_a_name_in_a_complement_of_the_speakers_phrase_is_not_who_speaks():
    quotes = english_quotes("Donald Trump spoke in Ohio on Monday. Allies of former President Donald Trump said the "
                            "audit would continue for months.")
    assert quote_holding(quotes, "the audit would continue").speaker_canonical is None
    # the author of an opinion speaks through it
    quotes = english_quotes("Judge Julius Richter wrote for the court. The majority opinion by Judge Julius Richter "
                            "looked at the militia laws in American history and found them narrow.")
    held = [q for q in quotes if "militia laws" in q.text]
    assert all(q.speaker_canonical in (None, "Julius Richter") for q in held)


def test_a_participle_after_a_report_goes_on_with_the_one_reporting():
    quotes = english_quotes("Governor Ellen Marsh said the tone of her meeting with the union leaders was good, "
                            "saying she made no threats to anyone at the talks.")
    assert quote_holding(quotes, "she made no threats").speaker_canonical == "Ellen Marsh"
    # when the report comes last, the participle is the reported clause's own
    quotes = english_quotes("The Federal Housing Agency has turned down the mayor's request for a new freeze, "
                            "citing a lack of legal authority to take the action, the White House said on Monday.")
    assert all(q.speaker != "the White House" for q in quotes if "legal authority" in q.text and q.cue == "citing")


def test_a_statement_that_reads_the_words_in_an_incise_is_their_source():
    quotes = english_quotes("Senator Whitfield spoke first. \"Big Oil has spent decades misleading the public about "
                            "the climate,\" reads a joint statement from Sen. Ed Marlow and Rep. Rosa Kent.")
    q = quote_holding(quotes, "Big Oil has spent")
    assert q.speaker_canonical in ("Ed Marlow", "Rosa Kent") and "statement" in q.speaker


def test_a_programme_named_after_said_on_is_no_quote_and_the_next_quote_goes_on():
    quotes = english_quotes("\"The state has spent billions to keep people alive,\" Marsh said on KTV's \"Morning "
                            "Desk.\" \"So it is absolutely the public's business to know who is vaccinated.\"")
    assert not [q for q in quotes if q.text.startswith("Morning Desk")]
    assert quote_holding(quotes, "absolutely the public").speaker_canonical == "Marsh"


def test_a_label_before_a_quote_makes_no_second_quote_of_it():
    quotes = english_quotes("The senator spoke on Monday.\n\nDetails: \"The measure would expand the child tax credit "
                            "for another year,\" according to the summary.")
    assert [q.kind for q in quotes if "child tax credit" in q.text] == ["direct"]


def test_acts_are_not_reports():
    quotes = english_quotes("The Senate passed the infrastructure bill on Tuesday after a long debate. Governor Ellen "
                            "Marsh signed an executive order that bans mask mandates in public schools. A group of "
                            "hackers appears to have taken responsibility for the cyberattack on the pipeline.")
    assert [q for q in quotes if q.kind == "indirect"] == []


def test_a_title_before_a_name_describes_the_person_for_a_later_role():
    quotes = english_quotes("President Tom Hale met the governors on Monday. The president said the country would "
                            "leave the region by August. \"We are not there yet,\" the senator said.")
    assert quote_holding(quotes, "leave the region").speaker_canonical == "Tom Hale"
    # no senator was named: no one
    assert quote_holding(quotes, "We are not there").speaker_canonical is None
    # another country's president is someone else, and a title another name qualifies is no role
    quotes = english_quotes("The Taiwanese president stood firm against Chinese President Li Wen in a speech Sunday "
                            "and said the island would not bow to pressure. Arizona Senate President Karen Fox "
                            "spoke. The former president called the audit a fraud.")
    assert quote_holding(quotes, "the island would not bow").speaker_canonical is None
    assert all(q.speaker_canonical != "Karen Fox" for q in quotes if "audit" in q.text)


def test_a_straight_quote_left_open_at_the_paragraph_end_goes_on_there():
    quotes = english_quotes("Senator Dana Hollis spoke on Saturday.\n\n\"We should not be apologizing to the world,\" "
                            "Hollis said. \"We keep apologizing for this country, again and again. They should be "
                            "apologizing for what they have done to it.\n\n\"The administration is a disaster for "
                            "working families.\"\n\nThe crowd cheered.")
    q = quote_holding(quotes, "We keep apologizing")
    assert q.kind == "direct" and "what they have done to it" in q.text


def test_an_aide_named_after_a_senator_is_not_the_senator():
    quotes = english_quotes("Senator Joe Mancher wrote a letter with Lisa Murr on Monday. While the letter didn't "
                            "name the bill, a Mancher aide said the senators are referring to the John Lewis act.")
    assert quote_holding(quotes, "the senators are referring").speaker_canonical is None


def test_a_short_name_the_alias_table_knows_is_the_person_named_before():
    quotes = english_quotes("WHO Director-General Tedros Adhanom Ghebreyesus spoke on Friday. Tedros said there had "
                            "been a premature push to rule out a lab leak.")
    assert quote_holding(quotes, "premature push").speaker_canonical == "Tedros Adhanom Ghebreyesus"


def test_a_state_body_described_by_its_nationality_speaks_for_that_state():
    quotes = english_quotes('"We warned them," the Israeli military said. "The strikes will go on," the Russian '
                            'foreign ministry said. "We are ready," the US military said. "Give us time," he told us.')
    assert [q.speaker_canonical for q in quotes if q.kind == "direct"] == [
        "Israeli Armed Forces", "Russian Foreign Ministry", "US Armed Forces", None]
    # an English "he" is a person, never the body just described; "a Clinton aide" is still no one named
    quotes = english_quotes('"We will not comment on that matter," a Clinton aide said.')
    assert [q.speaker_canonical for q in quotes] == [None]


def test_a_government_named_after_its_leader_is_the_state_not_the_leader():
    # "the Biden administration" was nobody (a name modifying a noun); « l'administration Biden » was Joe Biden
    en = analyze_article(Article(id="a", language="en", text=(
        "The Biden administration said it would appeal the ruling. The Meloni government said that it would act.")),
        skip=("numbers", "dates", "framing"))
    assert [q.speaker_canonical for q in en.quotes] == ["Government of the United States", "Government of Italy"]
    fr = analyze_article(Article(id="f", language="fr", text=(
        "L'administration Biden a déclaré qu'elle ferait appel. L'administration américaine a affirmé que les prix "
        "baisseraient. Joe Biden a dit qu'il était confiant.")), skip=("numbers", "dates", "framing"))
    assert [q.speaker_canonical for q in fr.quotes] == ["Government of the United States",
                                                         "Government of the United States", "Joe Biden"]


def test_the_agency_is_the_body_or_the_news_agency_the_text_named_last():
    en = english_quotes("Next year's adjustment will be 5.9%, the Social Security Administration said Wednesday. The "
                        "increase will be large, the agency estimates. Exports fell 3 percent, Reuters reported. The "
                        "agency said that imports also fell.")
    assert quote_holding(en, "The increase").speaker_canonical == "Social Security Administration"
    assert quote_holding(en, "imports also fell").speaker_canonical == "Reuters"
    fr = analyze_article(Article(id="f", language="fr", text=(
        "La demande de pétrole va baisser, a indiqué l'Agence internationale de l'énergie. L'agence estime que les "
        "prix resteront élevés.")), skip=("numbers", "dates", "framing"))
    # (the incise is read as the main clause and its subject as its object: the clause before it is reported)
    assert quote_holding(fr.quotes, "La demande").speaker_canonical == "International Energy Agency"
    assert quote_holding(fr.quotes, "les prix resteront").speaker_canonical == "International Energy Agency"


def test_an_unnamed_speaker_goes_on_in_the_next_quote_and_no_possessive_is_a_name():
    quotes = english_quotes("Editor’s Note: The following is an essay by a former prisoner.\n\n"
                            "I wanted to answer the judge. “I am not shy,” I said. “I have never been reluctant to "
                            "speak my mind in public.”")
    assert not any(q.speaker_canonical == "’s Note" for q in quotes)
    q = quote_holding(quotes, "never been reluctant")
    assert q.speaker == "I" and q.speaker_canonical is None


def test_a_participle_on_a_preposition_s_object_goes_on_with_the_clause():
    # not "a microphone", not "the Nevada caucuses": the clause's subject speaks
    q = quote_holding(english_quotes("Senator Paul Ardent was heard on a microphone telling his aide to get on a plane "
                                     "and go home."), "get on a plane")
    assert q.speaker_canonical == "Paul Ardent"
    q = quote_holding(english_quotes("Governor Ana Ruiz spent much of the run-up to the Nevada caucuses portraying her "
                                     "rival as singularly focused on taxes."), "singularly focused")
    assert q.speaker == "Governor Ana Ruiz"
    # a noun that can back someone is still the participle's source
    q = quote_holding(english_quotes("Cameron had previously given $3 million to a group backing former Arkansas "
                                     "Gov. Tom Hale."), "Tom Hale")
    assert q.speaker == "a group"


def test_a_rate_is_no_according_to_and_form_fields_are_no_headline_speaker():
    quotes = english_quotes("Name: Gabrielle Stone Age: 27 Job: Waitress Pay: $5 per hour plus tips Why she is "
                            "protesting: “As a tip worker, I never really know what I will take home.”")
    assert not any(q.speaker in ("hour", "Name") for q in quotes)


def test_the_tagger_stopping_mid_phrase_keeps_the_clause_the_parse_reports():
    # the learnt content stopped at "working" and at "of": the parse's clause goes on to the next break
    q = quote_holding(english_quotes("On Monday, FactWatch announced it will have 18 fact-checkers working during the "
                                     "first debate, and it will all be done in real time."), "fact-checkers")
    assert q.text == "it will have 18 fact-checkers working during the first debate"
    q = quote_holding(english_quotes("Marlow was the subject of 60 percent of the Twitter conversation about the "
                                     "debate, Twitter announced, gaining 22,000 followers."), "60 percent")
    assert q.text.endswith("of the Twitter conversation about the debate")


def test_a_verb_read_as_a_noun_still_reports_and_a_noun_cue_s_content_stops_at_its_verb():
    q = quote_holding(english_quotes("But Senator Hale claims that he should be the exception."), "exception")
    assert q.text == "he should be the exception" and q.speaker_canonical == "Hale"
    q = quote_holding(english_quotes("Critics' claims that the plan fails are wrong."), "plan fails")
    assert q.text == "the plan fails"


def test_a_short_reply_that_is_a_sentence_of_its_own_is_speech_and_marks_stay_paired():
    quotes = english_quotes("“Here comes Big Daddy,” she said, clapping. “The Donald. Big Daddy.”\n\n"
                            "He called the plan a \"disgrace.\" Then he left the \"Big Room\" for good.")
    assert quote_holding(quotes, "Big Daddy.”"[:-1]).speaker == "she"
    # a term inside a sentence is still no speech; a content never opens a mark it does not close
    assert not any(q.text == "Big Room" for q in quotes)
    assert all(q.text.count('"') % 2 == 0 for q in quotes)


def test_a_part_of_a_group_or_a_group_with_examples_is_no_one_person():
    quotes = english_quotes("Senator Ted Hale said the Republican majority leader lied to him. The vast majority of "
                            "Americans say they prefer lower prices. Candidates like Dana Moss and Ted Hale are vowing "
                            "to bring back millions of jobs.")
    assert quote_holding(quotes, "lower prices").speaker_canonical is None
    assert quote_holding(quotes, "millions of jobs").speaker_canonical is None


def test_a_description_names_a_person_only_by_the_head_of_their_own_description():
    quotes = english_quotes(
        "Clinton campaign spokesman Nick Merrill declined to comment. The campaign said that the emails were never "
        "marked classified. Vice President Joe Biden and President Barack Obama spoke in Ohio. The vice president said "
        "that the economy was stronger. The district saw record turnout, the mayor said.")
    assert quote_holding(quotes, "never marked").speaker_canonical is None
    assert quote_holding(quotes, "economy was stronger").speaker_canonical != "Barack Obama"


def test_someone_introduced_or_several_named_is_no_one_named_before():
    quotes = english_quotes(
        "Governor Ana Ruiz backed the plan on Monday. Another Republican governor said that the plan was doomed. "
        "Britain and France said that the talks had failed. A spokeswoman for Ms. Ruiz did not return a call. "
        "An Intel spokeswoman said that the event was canceled.")
    assert quote_holding(quotes, "plan was doomed").speaker_canonical is None
    assert quote_holding(quotes, "talks had failed").speaker_canonical is None
    # a company's spokeswoman speaks for it ("a spokeswoman for Ms. Ruiz" made no spokeswoman of Ruiz)
    assert quote_holding(quotes, "event was canceled").speaker_canonical == "Intel"


def test_a_body_noun_stands_for_a_body_of_its_kind_and_a_media_noun_for_an_outlet_of_its_kind():
    quotes = english_quotes(
        "The Teamsters union opposed the rule. The administration said that it held the better hand. The Exxon Mobil "
        "Corporation reported a loss. The company said that prices would recover. The New York Times reported the "
        "deal first. The Associated Press said that the deal was signed. The newspaper reported that the talks "
        "lasted a week.")
    assert quote_holding(quotes, "better hand").speaker_canonical is None
    assert quote_holding(quotes, "prices would recover").speaker_canonical == "Exxon Mobil Corporation"
    assert quote_holding(quotes, "lasted a week").speaker_canonical == "The New York Times"


def test_no_one_is_never_resolved_and_a_document_s_author_is_never_what_it_shows():
    quotes = english_quotes("Senator Ted Hale won the vote. No one expected a full 90 minutes of policy talk.")
    assert all(q.speaker_canonical != "Ted Hale" for q in quotes if "90 minutes" in q.text)
    art = analyze_article(Article(id="p", language="en", text=(
        "The poll also shows a majority of Republican primary voters will cast their ballots for Donald Trump.")),
        skip=("numbers", "dates", "framing"))
    assert not any(s.name == "Republican" for s in art.cited_sources)


def test_places_are_named_by_their_own_name_first():
    from recoupe.nlp.canonical import lookup_place
    assert lookup_place("Florida").country == "US"           # not Floridablanca, Colombia
    assert lookup_place("Pékin").name == "Beijing"           # a metropolis's exonym beats a small town's name
    assert lookup_place("Washington").name == "Washington"   # the city, not the state
    entities = analyze_article(Article(id="h", language="en", text="Senator Hale said that he should be the exception."),
                               skip=("numbers", "dates", "framing")).entities
    assert [(e.text, e.label) for e in entities] == [("Hale", "PER")]


def test_a_body_is_described_by_the_head_of_its_name_and_parties_are_bodies():
    art = analyze_article(Article(id="g", language="en", text=(
        "The district GOP chairman declined to comment. The GOP said that the vote was fair. The district saw 30 "
        "applicants for the slots, the chairman said. The district said that turnout was high.")),
        skip=("numbers", "dates", "framing"))
    assert {e.canonical for e in art.entities if e.text == "GOP"} == {"Republican Party"}
    assert quote_holding(art.quotes, "vote was fair").speaker_canonical == "Republican Party"
    assert quote_holding(art.quotes, "turnout was high").speaker_canonical is None


def test_words_in_marks_after_a_label_are_a_name_not_speech():
    quotes = english_quotes("Most shoppers say they avoid goods labeled “Made in the U.S.A.” because of their price, "
                            "according to a new poll.")
    assert not any(q.kind == "direct" and q.text.startswith("Made in") for q in quotes)


def test_a_reported_clause_stops_before_the_narrator_s_own_incise():
    quotes = english_quotes("The country will start booster shots next month as new data shows that vaccine protection "
                            "wanes over time, top health officials announced Wednesday.")
    assert quote_holding(quotes, "vaccine protection").text == "vaccine protection wanes over time"
    # a clause coordinated after the comma is no incise
    quotes = english_quotes("Rendell noted that Ronald Reagan appeared unsteady in his first debate in 1984, and some "
                            "speculated about his health.")
    assert "1984, and some speculated" in quote_holding(quotes, "Ronald Reagan").text


def test_the_narrator_s_incise_after_a_reported_clause_is_no_new_cue():
    from recoupe.extract.quotes import _narrators_incise
    from recoupe.model import Quote
    from recoupe.nlp.spacy_runner import load_pipeline
    nlp = load_pipeline("en")

    def incise(text: str, clause_end: str, cue: str) -> bool:
        doc = nlp(text)
        end = text.index(clause_end) + len(clause_end)
        found = [Quote(text=text[:end], start=0, end=end, speaker="x", kind="indirect")]
        return _narrators_incise(next(t for t in doc if t.text == cue), found)

    assert incise("A draft audit report confirms the mayor's win in the county, the Valley Courier first reported "
                  "Thursday.", "county", "reported")
    # a participle, or a verb with more to say, is no incise
    assert not incise("Bin Laden judged America a paper tiger, encouraging the attacks.", "tiger", "encouraging")
    assert not incise("He said the plan failed, the paper reported after a long inquiry into the deal.", "failed",
                      "reported")


def test_a_predicate_coordinated_with_the_cue_is_not_what_the_cue_reports():
    assert content_of("Democrats want policies that create more revenue, and Republicans want policies that create "
                      "less revenue.", "more revenue") == "policies that create more revenue"
    quotes = english_quotes("The mayor is telling voters the city budget is “broken” and says he will cut spending.")
    assert quote_holding(quotes, "city budget").text == "the city budget is “broken”"
    assert quote_holding(quotes, "cut spending").cue == "says"
    # the same stance going on, with no subject of its own, stays in what is reported
    assert "can't because" in content_of("The senator really wants to release his records but can't because he is "
                                         "being audited.", "release his records")


def test_a_relative_clause_closed_by_a_comma_inside_the_content_stays():
    assert "which would include the police, to crack down" in content_of(
        "The mayor vowed to form a joint task force, which would include the police, to crack down on smugglers.",
        "joint task force")
    # a relative clause that ends the content is the reporter's aside
    assert content_of("The mayor said the bridge would close in May, which angered the shop owners.",
                      "bridge would close") == "the bridge would close in May"


def test_a_transcript_turn_is_the_whole_paragraph_even_with_an_unclosed_mark_or_a_title_in_it():
    text = ("Senator Okafor spoke to the host on Sunday. Partial transcript as follows:\n\n"
            "\"HOST: Let's start with the budget. The council voted last night. Will you sign it?\n\n"
            "\"OKAFOR: Well, look, the council thinks this is an episode of “Shark Tank.” It is not. We will read "
            "the bill first.\n")
    turns = [q for q in english_quotes(text) if q.cue == ":"]
    assert [(q.speaker, q.text) for q in turns] == [
        ("HOST", "Let's start with the budget. The council voted last night. Will you sign it?"),
        ("OKAFOR", "Well, look, the council thinks this is an episode of “Shark Tank.” It is not. We will read the "
                 "bill first.")]


def test_the_tagger_s_content_does_not_stop_on_a_word_that_opens_a_phrase():
    assert content_of("As many tax experts have pointed out, the governor is free to disclose his returns even if "
                      "they are being audited.", "the governor is free").endswith("even if they are being audited")
    assert content_of("The panel overruled a judge's decision that the clerk was not violating any laws with the "
                      "process he was using to take inactive voters off the rolls if they did not reply.",
                      "the clerk").endswith("to take inactive voters off the rolls if they did not reply")
    # a word that opens an example is dropped, not completed
    assert content_of("Participants discussed ballot access issues, including using an existing third party as a "
                      "vehicle for a candidate.", "ballot access") == "ballot access issues"


def test_when_and_where_the_source_spoke_is_not_what_it_said():
    assert content_of("Keron Blair, the union's director, called for more school investment in a statement on "
                      "Thursday.", "school investment") == "more school investment"
    assert content_of("Few people would have described the mayor as a reformer when she ran for office in 2008.",
                      "reformer") == "the mayor as a reformer"
    # a speech occasion that is what the content is about stays
    assert content_of("The senator described the meeting as a disaster.", "disaster") == "the meeting as a disaster"


def test_an_as_incise_inside_the_reported_clause_names_the_source_whatever_the_parse():
    q = quote_holding(english_quotes("Hawaii, as one of the governor's climate advisers pointed out, normally does not "
                                     "get back-to-back hurricanes."), "back-to-back hurricanes")
    assert q.speaker == "one of the governor's climate advisers" and q.cue == "pointed"
    assert q.text.startswith("Hawaii") and q.text.endswith("hurricanes")


def test_a_list_the_parse_coordinated_with_the_cue_stays_whole():
    assert content_of("The governor has mentioned refinancing student loans and forcing universities to spend more "
                      "from their endowments.", "student loans") == (
        "refinancing student loans and forcing universities to spend more from their endowments")


def test_a_reported_clause_ending_on_a_partial_quote_is_kept_beside_the_quote():
    quotes = english_quotes('The minister said there remains a "significant difference in private practice and '
                            'government," when it comes to hiring lawyers.')
    assert any(q.kind == "indirect" and q.text.startswith("there remains a") for q in quotes)
    assert any(q.kind == "direct" and q.text.startswith("significant difference") for q in quotes)


def test_the_reporter_s_gloss_on_the_content_s_last_noun_is_not_reported():
    assert content_of("Mr. Jansen said he did not support Mr. Horvat, the presumed favourite of the north.",
                      "did not support") == "he did not support Mr. Horvat"
    assert content_of("Critics say the money could be better spent in partnership with Velmont, the regional "
                      "alliance that includes most of the valley's towns.", "better spent") == (
        "the money could be better spent in partnership with Velmont")
    # a name in apposition says who is meant, a list is not an apposition: both stay
    assert content_of("She said the museum never needed to mention the author of that boast, Tom Okafor.",
                      "the museum") == "the museum never needed to mention the author of that boast, Tom Okafor"
    assert content_of("The mayor said the council is a “failure,” a “farce” and a “disgrace.”",
                      "the council").startswith("the council is a “failure,” a “farce” and a")


def test_a_speech_verb_tagged_as_a_plural_noun_before_that_still_reports():
    # (the tagger reads "Price charges" as a noun compound)
    q = quote_holding(english_quotes("Price charges that towns that stand to gain from the new dam donated millions of "
                                     "dollars to the mayor's foundation."), "towns that stand")
    assert q.speaker == "Price" and q.cue == "charges" and q.kind == "indirect"
    assert q.text == "towns that stand to gain from the new dam donated millions of dollars to the mayor's foundation"
    # the noun after a determiner, with "that" opening a relative clause, reports nothing
    assert not english_quotes("The Price charges that were dropped last week resurfaced on Monday.")
    assert [q.cue for q in english_quotes("Residents said the Price charges that the council approved were too "
                                          "high.")] == ["said"]


def test_quotes_signed_with_a_horizontal_bar_are_the_signers_():
    # reader comments signed "” ― Name", with or without a space, a no-break space or a full stop after the name
    quotes = english_quotes("Readers answered.\n\n“The dam will hold for another winter at least.” ― Mara Lindqvist\u00a0\n"
                            "“Nobody in the valley was ever told about the cracks.”― Tomas Berglund.\n"
                            "“The council has known for years and did nothing.” ― Ines Okafor\n")
    assert [(q.text.split()[1], q.speaker) for q in quotes] == [
        ("dam", "Mara Lindqvist"), ("in", "Tomas Berglund"), ("council", "Ines Okafor")]


def test_the_horizontal_bar_is_a_dash_that_closes_what_is_reported():
    assert content_of("Okafor noted that the mayor has occasionally not paid anything in city taxes ― as was true for "
                      "the few years his returns were made public ― and the mayor boasted, “That makes me smart.”",
                      "city taxes") == "the mayor has occasionally not paid anything in city taxes"


def test_a_second_that_clause_is_still_what_the_source_said():
    assert content_of("Okafor also said the photographs were \"inconclusive\" and that the footage released Friday by "
                      "the family did not show whether the guard was armed.", "inconclusive").endswith(
        "and that the footage released Friday by the family did not show whether the guard was armed")


def test_a_speech_verb_going_on_from_deep_in_the_content_is_the_source_s_next_act():
    text = ("Party leader Ines Okafor said the warning was indicative that the mayor did not know what he was "
            "talking about, and accused the council of putting words in the mayor's mouth.")
    said = quote_holding(english_quotes(text), "the warning")
    assert said.text == "the warning was indicative that the mayor did not know what he was talking about"
    accused = quote_holding(english_quotes(text), "putting words")
    assert accused.speaker_canonical == "Ines Okafor" and accused.cue == "accused"
    # the one who goes on is the outermost source, not the report she cites
    accused = quote_holding(english_quotes("Ines Okafor said the report showed that the mayor did not understand "
                                           "what he was signing, and accused the council of hiding the cracks."),
                            "hiding the cracks")
    assert accused.speaker_canonical == "Ines Okafor"
    assert content_of("He said that he would offer a prayer for the eventual nominee but did not suggest it would be "
                      "Stone.", "a prayer") == "he would offer a prayer for the eventual nominee"


def test_a_passive_as_incise_names_its_source_after_by_or_in():
    # the parse hangs the incise on the main verb, whose subject is no source
    for text, source, content in (
            ("As reported by the Daily Courier, the mayor never signed the contract.", "the Daily Courier",
             "the mayor never signed the contract"),
            ("As noted in the council's report, the dam was never inspected after 2019.", "the council's report",
             "the dam was never inspected after 2019"),
            ("The mayor never signed the contract, as reported by the Daily Courier.", "the Daily Courier",
             "The mayor never signed the contract")):
        q = quote_holding(english_quotes(text), content)
        assert q.speaker == source and q.text == content


def test_a_time_between_a_noun_and_its_relative_clause_is_never_the_source():
    q = quote_holding(english_quotes("He released a letter from his doctor Friday afternoon that says he has "
                                     "“extraordinarily good health” for a man of his age."), "he has")
    assert q.speaker == "a letter from his doctor"


def test_let_s_say_supposes_and_reports_no_one():
    quotes = english_quotes("Let's say a degree from a state university will cost $160,000 in 18 years.")
    assert not any(q.cue == "say" for q in quotes)


def test_a_relative_pronoun_at_the_head_of_the_subject_is_no_part_of_the_speaker():
    # (the parse sometimes puts "which" at the head of the subject that follows it)
    from recoupe.extract.quotes import _without_leading_relative
    from recoupe.nlp.spacy_runner import load_pipeline
    doc = load_pipeline("en")("It is a tax which the mining group's chief executive called a farce.")
    subject = [t for t in doc if 4 <= t.i <= 9]         # "which the mining group's chief executive"
    assert [t.text for t in _without_leading_relative(subject)][:2] == ["the", "mining"]
    # a contraction's ending alone names no one
    assert not any(q.speaker in ("'s", "’s") for q in english_quotes(
        "Let's understand exactly how companies keep money offshore."))


def test_a_content_on_both_sides_of_an_incise_keeps_its_second_side():
    quotes = english_quotes("The new tax has severely hurt the mayor with young voters, Okafor said, since the vast "
                            "majority of them firmly accept that the levy is unfair.")
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Okafor", "The new tax has severely hurt the mayor with young voters"),
        ("Okafor", "since the vast majority of them firmly accept that the levy is unfair")]


def test_a_report_going_on_past_its_incise_with_and_or_but_is_the_same_source_s():
    quotes = english_quotes("The middle fifth of earners paid 8.9 percent, the agency said in a June report, and "
                            "those in the bottom fifth of incomes paid 0.8 percent.")
    assert [(q.speaker, q.text) for q in quotes] == [
        ("the agency", "The middle fifth of earners paid 8.9 percent"),
        ("the agency", "those in the bottom fifth of incomes paid 0.8 percent")]
    # (not what follows a report told whole: "and the House adjourned" is the narrator's)
    quotes = english_quotes("The senator said the bill was dead, and the House adjourned.")
    assert [q.text for q in quotes] == ["the bill was dead"]


def test_the_reporter_s_apposition_after_a_dash_is_cut_but_an_aside_closed_by_a_second_dash_stays():
    q = quote_holding(english_quotes("Varga linked the flood damage to the council's unpaid repair bills — an argument "
                                     "she largely missed at last week's hearing."), "the flood damage")
    assert q.text == "the flood damage to the council's unpaid repair bills"
    q = quote_holding(english_quotes("The mayor said the plan — a $2 billion package — would fail."), "the plan")
    assert q.text == "the plan — a $2 billion package — would fail"
