"""The optional LLM backend, driven by scripted fake chat models: tool use, an invented figure, a failure."""

from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage


class ToolCallingFake(GenericFakeChatModel):
    """LangChain's fake chat model lacks bind_tools; the scripted messages already hold the tool calls."""

    def bind_tools(self, tools, **kwargs):
        return self


class FailingModel(ToolCallingFake):
    def _generate(self, *args, **kwargs):
        raise TimeoutError("délai dépassé")


def scripted(*messages):
    return ToolCallingFake(messages=iter(messages))


def test_agent_answer_backed_by_its_tool_calls_is_used(engine):
    engine.chat_model = scripted(
        AIMessage(content="", tool_calls=[{"name": "job_card", "args": {"job": "infirmière"}, "id": "c1"}]),
        AIMessage(content="Infirmier d'assistance : 0,14 selon PwC (45e sur 58), 0,41 selon les experts [1]."),
    )
    try:
        answer = engine.ask("Les infirmières sont-elles exposées ?", backend="llm")
    finally:
        engine.chat_model = None
    assert answer.backend == "llm"
    assert answer.answer.startswith("Infirmier d'assistance : 0,14")
    assert "job_card" in [call.name for call in answer.tool_calls]
    assert answer.citations


def test_agent_inventing_a_figure_falls_back_to_the_offline_answer(engine):
    engine.chat_model = scripted(AIMessage(content="Les infirmières ont un score de 0,93 : 3e métier le plus exposé."))
    try:
        answer = engine.ask("Les infirmières sont-elles exposées ?", backend="llm")
    finally:
        engine.chat_model = None
    assert answer.backend == "offline"
    assert "0,93" not in answer.answer and "0,14 sur 1, 45e sur 58" in answer.answer
    assert "chiffre non vérifiable" in answer.answer


def test_llm_down_falls_back_with_a_note(engine):
    engine.chat_model = FailingModel(messages=iter([]))
    try:
        answer = engine.ask("infirmière", backend="llm")
    finally:
        engine.chat_model = None
    assert answer.backend == "offline" and "n'a pas répondu" in answer.answer


def test_llm_requested_but_not_configured(engine):
    answer = engine.ask("infirmière", backend="llm")
    assert answer.backend == "offline" and "Aucun modèle de langage n'est configuré" in answer.answer


def test_the_model_receives_the_reading_of_every_ask_and_their_tool_results(engine):
    seen = []

    class Recording(ToolCallingFake):
        def _generate(self, messages, *args, **kwargs):
            seen.append("\n".join(str(m.content) for m in messages))
            return super()._generate(messages, *args, **kwargs)

    engine.chat_model = Recording(messages=iter([AIMessage(content="Réponse reformulée [1].")]))
    try:
        engine.ask("Quel est le score du juriste ? et combien de métiers cœur y a-t-il ?", backend="llm")
    finally:
        engine.chat_model = None
    prompt = seen[0]
    assert "Lecture de la question (2 points, à traiter dans l'ordre)" in prompt
    assert "1. « Quel est le score du juriste ? » — opération job" in prompt
    assert "2. « et combien de métiers cœur y a-t-il ? » — opération" in prompt
    assert '"jobs": ["juriste"]' in prompt and "scoring.card" in prompt  # the slots and the tool results
