"""A rule turned off for an example test is off inside the block only."""
import pytest

from communique.extract.rule_switches import RuleSwitches


def test_a_rule_is_off_inside_the_block_and_on_again_after():
    switches = RuleSwitches()
    assert "capitale" not in switches and not switches
    with switches.without("capitale"):
        assert "capitale" in switches and switches
        assert "préfecture" not in switches
    assert "capitale" not in switches and not switches


def test_a_failing_example_turns_its_rule_back_on():
    switches = RuleSwitches()
    with pytest.raises(AssertionError), switches.without("hôtel de ville"):
        raise AssertionError("the example read its town without the rule")
    assert "hôtel de ville" not in switches
