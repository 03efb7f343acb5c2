"""Posts that lead (lane r17n), through the real pipeline on invented sentences: the judges of seeds 931 and
932 read worksFor where a leading post was written beside a second title or a possessive owner."""

from __future__ import annotations

from tests.loaders.extraction_helpers import FactsOf


def test_the_last_of_coordinated_titles_takes_the_shared_of(facts_of: FactsOf) -> None:
    found = facts_of("Dan Brown, co-founder and president of Acme Widgets Inc, will keep his post.")
    assert ("Dan Brown", "leaderOf", "Acme Widgets Inc") in found
    # a title that does not lead keeps worksFor only
    other = facts_of("Ann Lee, spokeswoman and adviser of Acme Widgets Inc, said so.")
    assert ("Ann Lee", "leaderOf", "Acme Widgets Inc") not in other
    assert ("Ann Lee", "worksFor", "Acme Widgets Inc") in other


def test_a_named_body_after_its_owner_is_what_the_post_leads(facts_of: FactsOf) -> None:
    found = facts_of(
        "Jean Dupont, President of the European Community's Executive Commission, called for it."
    )
    assert ("Jean Dupont", "leaderOf", "Executive Commission") in found
    assert ("Jean Dupont", "worksFor", "European Community") in found
    assert ("Jean Dupont", "leaderOf", "European Community") not in found


def test_an_unnamed_unit_of_an_owner_leads_nothing(facts_of: FactsOf) -> None:
    found = facts_of("Dr Tom Reed, director of Siemens's photonics lab, said it worked.")
    assert ("Tom Reed", "worksFor", "Siemens") in found
    assert not any(p == "leaderOf" for s, p, o in found if s == "Tom Reed")
