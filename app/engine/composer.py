"""The offline answer composer: exact figures from the scoring tool, cited record text, extractive passages.

No LLM. Every figure it writes comes from a tool result or from a cited passage.
"""

from __future__ import annotations

import re
from typing import Any

from search.analysis import analyze
from knowledge.schema import Qualification, Study
from knowledge.text import fold
from scoring import ScoringTool, render
from scoring.audit import run_audit
from scoring.models import AuditFinding

from app.engine.core.answers import Sources, ToolCall
from app.engine.core.planner import Plan
from search.retriever import Retriever

SCOPE = (
    "Je réponds aux questions sur l'étude « Impact de l'IA générative sur les métiers de l'assistance » "
    "(PwC pour l'Observatoire des métiers de l'assistance) : exposition des métiers de la branche, maturité "
    "des entreprises, préconisations, actions prioritaires et dialogue social (DIAL-IA)."
)  # no figure here: every figure an answer gives comes with its source
EXAMPLES = (
    "Exemples : « Je suis chargée d'assistance, mon métier est-il exposé ? », « Quels sont les 5 métiers les plus "
    "exposés selon les experts ? », « Que recommande l'étude en matière de formation ? »"
)
CHANGE_WORDS = r"\b(chang|remplac|concretement|quoi pour moi|avenir|disparai|transform|evolu|que va|risque)"


class Composed:
    def __init__(self) -> None:
        self.sources = Sources()
        self.parts: list[str] = []
        self.tool_calls: list[ToolCall] = []
        self.charts: list[dict[str, Any]] = []

    def add(self, text: str) -> None:
        self.parts.append(text)

    def call(self, name: str, args: dict[str, Any], result: Any) -> None:
        dumped = result.model_dump(mode="json") if hasattr(result, "model_dump") else result
        if isinstance(result, list):
            dumped = [r.model_dump(mode="json") if hasattr(r, "model_dump") else r for r in result]
        self.tool_calls.append(ToolCall(name=name, args=args, result=dumped))

    @property
    def text(self) -> str:
        return "\n\n".join(p for p in self.parts if p)


class Composer:
    def __init__(self, study: Study, tool: ScoringTool):
        self.study = study
        self.tool = tool
        self.findings: list[AuditFinding] = run_audit(study, tool.resolver)
        self.profiles = {p.label: p for p in study.profiles}
        self.facts = {f.id: f for f in study.facts}

    # -- entry point ----------------------------------------------------------------------------------------
    def compose(self, plan: Plan, favour: str = "both", retriever: Retriever | None = None) -> Composed:
        out = Composed()
        if plan.qualification != "both":
            favour = plan.qualification
        handler = getattr(self, f"_{plan.intent}")
        if plan.intent == "retrieval" or plan.intent == "sheets":
            handler(plan, out, retriever)
        else:
            handler(plan, out, favour) if plan.intent in {"job", "compare", "ranking"} else handler(plan, out)
        return out

    # -- scoring routes -------------------------------------------------------------------------------------
    def _job(self, plan: Plan, out: Composed, favour: str) -> None:
        job_id = plan.jobs[0]
        card = self.tool.card(job_id)
        out.call("scoring.card", {"job": card.job}, card)
        row = out.sources.ref(card.citations[0])
        out.add(render.card_text(card, favour) + f" {row}")
        labels = [card.pwc.classification, card.expert.classification]
        if favour == "pwc":
            labels = labels[:1]
        elif favour == "expert":
            labels = labels[1:]
        for label in dict.fromkeys(labels):
            profile = self.profiles[label]
            out.add(f"Profil « {label} » : {profile.definition} {out.sources.ref(profile.citation)}")
        notes = [
            f
            for f in self.findings
            if (f.kind == "classification_score" and f.jobs[0] == card.job)
            or (f.kind == "constat_bascules" and f"{card.job} (" in f.message.split("non citée(s) :")[-1])
        ]
        if notes:
            out.call("scoring.audit", {"job": card.job}, notes[:1])
        for finding in notes[:1]:
            out.add(
                f"À noter, le document publié présente une incohérence sur ce point : {finding.message} {out.sources.ref(*finding.citations[:1])}"
            )
        if card.core:
            sheets = self.study.sheets
            out.add(
                "C'est un métier cœur d'assistance : l'étude lui consacre une fiche de transformation (scénario "
                "d'évolution du métier, synthèse de son exposition, cas d'usage priorisés) ; son contenu détaillé "
                f"figure dans le rapport complet. {out.sources.ref(sheets.citation)}"
            )
        if re.search(CHANGE_WORDS, fold(plan.question)):
            self._findings_summary(out)
        out.charts.append({"type": "job_position", "job_id": card.job_id})

    def _findings_summary(self, out: Composed) -> None:
        most = [f for f in self.study.exposure_findings if f.exposure == "plus exposés"]
        least = [f for f in self.study.exposure_findings if f.exposure == "moins exposés"]
        out.add(
            "Ce qui change, d'après l'étude : les compétences les plus exposées sont le traitement de l'information ("
            + " ; ".join(f.title.lower() for f in most)
            + f") {out.sources.ref(*(f.citation for f in most))}. Les moins exposées reposent sur "
            + " ; ".join(f"{f.title.lower()}" + (f" ({f.description})" if f.description else "") for f in least)
            + f" {out.sources.ref(*(f.citation for f in least))}."
        )

    def _compare(self, plan: Plan, out: Composed, favour: str) -> None:
        comparison = self.tool.compare(plan.jobs)
        out.call("scoring.compare", {"jobs": [c.job for c in comparison.cards]}, comparison)
        for card in comparison.cards:
            out.add(render.card_text(card, favour) + f" {out.sources.ref(card.citations[0])}")
        summary = []
        if favour in ("both", "pwc"):
            summary.append(f"selon PwC : **{comparison.most_exposed_pwc}**")
        if favour in ("both", "expert"):
            summary.append(f"selon les experts métier : **{comparison.most_exposed_expert}**")
        out.add("Le plus exposé " + " ; ".join(summary) + ".")
        out.charts.append({"type": "compare", "job_ids": [c.job_id for c in comparison.cards]})

    def _ranking(self, plan: Plan, out: Composed, favour: str) -> None:
        qualifications = (
            [Qualification.EXPERT]
            if favour == "expert"
            else [Qualification.PWC]
            if favour == "pwc"
            else [Qualification.PWC, Qualification.EXPERT]
        )
        for qualification in qualifications:
            try:
                ranking = self.tool.top(
                    plan.n, qualification, family=plan.family, profile=plan.profile, core=plan.core, bottom=plan.bottom
                )
            except ValueError as error:
                out.add(str(error))
                return
            args = {
                "n": plan.n,
                "qualification": qualification.value,
                "bottom": plan.bottom,
                "family": plan.family,
                "profile": plan.profile,
                "core": plan.core,
            }
            out.call("scoring.top", {k: v for k, v in args.items() if v is not None}, ranking)
            head, *rows = render.ranking_text(ranking).split("\n")
            head = f"{head} {out.sources.ref(self.tool.table_citation)}"
            if len(rows) <= 15:  # each row cites its own line of the table
                rows = [f"{row} {out.sources.ref(c)}" for row, c in zip(rows, ranking.citations[1:], strict=True)]
            out.add("\n".join([head, *rows]))
        out.charts.append(
            {"type": "ranking", "qualification": qualifications[-1].value, "n": plan.n, "bottom": plan.bottom}
        )

    def _stats(self, plan: Plan, out: Composed) -> None:
        stats = self.tool.stats()
        out.call("scoring.stats", {}, stats)
        lines = [
            f"Sur les {stats.total_jobs} métiers du tableau consolidé {out.sources.ref(self.tool.table_citation)} :"
        ]
        for p in stats.profiles:
            if plan.profile and p.label != plan.profile:
                continue
            profile = self.profiles[p.label]
            ref = out.sources.ref(profile.citation)
            lines.append(
                f"- **{p.label}** : qualification PwC {p.count_pwc} métiers, soit {render.share(p.share_pwc)} % "
                f"(l'étude publie {p.published_share_pwc} %) ; experts métier {p.count_expert} métiers, soit "
                f"{render.share(p.share_expert)} % (l'étude publie {p.published_share_expert} %) {ref}"
            )
        out.add("\n".join(lines))
        gaps = [
            f for f in self.findings if f.kind == "parts_publiees" and (not plan.profile or plan.profile in f.message)
        ]
        if gaps:
            out.add(
                f"Attention : {len(gaps)} part(s) publiée(s) ne correspondent pas au décompte des lignes du tableau ; "
                "les deux chiffres sont donnés ci-dessus, la source n'est pas corrigée."
            )
        out.charts.append({"type": "profiles"})

    def _changes(self, plan: Plan, out: Composed) -> None:
        changes = self.tool.profile_changes()
        table = out.sources.ref(self.tool.table_citation)
        out.add(render.changes_text(changes) + f" {table}")
        rising = [j for j in self.study.jobs if j.expert.score > j.pwc.score]
        falling_core = [j for j in self.study.jobs if j.core and j.expert.score < j.pwc.score]
        out.call(
            "scoring.changes",
            {},
            {
                "profile_changes": [c.model_dump(mode="json") for c in changes],
                "count": len(changes),
                "rising": len(rising),
                "rising_core": sum(j.core for j in rising),
                "falling_core": len(falling_core),
            },
        )
        statements = [s for s in self.study.comparison_statements]
        out.add(
            "Ce que dit l'étude : "
            + " ".join(f"« {s.text.lstrip('• ')} » {out.sources.ref(s.citation)}" for s in statements)
        )
        out.add(
            f"D'après le tableau, {len(rising)} métiers voient leur score monter avec les experts métier "
            f"({', '.join(j.job for j in rising)}), dont {sum(j.core for j in rising)} métiers cœur ; "
            f"{len(falling_core)} métiers cœur baissent ({', '.join(j.job for j in falling_core)}). {table}"
        )
        extra = [f for f in self.findings if f.kind in ("constat_bascules", "constat_tendance")]
        if extra:
            out.call("scoring.audit", {"kinds": ["constat_bascules", "constat_tendance"]}, extra[:3])
            out.add("Écarts entre le texte et le tableau : " + " ".join(f.message for f in extra[:3]))
        out.charts.append({"type": "core_pwc_vs_expert"})

    def _ambiguous_job(self, plan: Plan, out: Composed) -> None:
        assert plan.resolution is not None
        out.add(render.resolution_text(plan.resolution))
        out.call(
            "scoring.resolve",
            {"text": plan.resolution.query},
            plan.resolution.model_dump(mode="json") | {"total_jobs": self.tool.total},
        )

    def _absent_job(self, plan: Plan, out: Composed) -> None:
        assert plan.resolution is not None
        out.call(
            "scoring.resolve",
            {"text": plan.resolution.query},
            plan.resolution.model_dump(mode="json") | {"total_jobs": self.tool.total},
        )
        out.add(render.resolution_text(plan.resolution))
        out.add(SCOPE)

    def _audit(self, plan: Plan, out: Composed) -> None:
        out.call("scoring.audit", {}, self.findings)
        lines = [
            f"{len(self.findings)} incohérences relevées dans le document publié (elles sont signalées, jamais corrigées) :"
        ]
        for finding in self.findings:
            lines.append(f"- {finding.message} {out.sources.ref(*finding.citations[:2])}")
        out.add("\n".join(lines))

    # -- records routes -------------------------------------------------------------------------------------
    def _levels(self, plan: Plan, out: Composed) -> None:
        text = fold(plan.question)
        named = [lv for lv in self.study.levels if re.search(rf"\b{fold(lv.name)}\b", text)]
        levels = named or self.study.levels
        head = ""
        if not named:
            scale = self.facts["niveaux-1-5"]
            head = f"{scale.statement} {out.sources.ref(scale.citation)} Du plus faible au plus fort :\n"
        out.add(head + "\n".join(f"- **{lv.name}** : {lv.definition} {out.sources.ref(lv.citation)}" for lv in levels))

    def _profiles(self, plan: Plan, out: Composed) -> None:
        profiles = [self.profiles[plan.profile]] if plan.profile else self.study.profiles
        basis = self.facts["classification-4-profils"]
        head = "" if plan.profile else f"{basis.statement} {out.sources.ref(basis.citation)}\n"
        out.add(
            head
            + "\n".join(
                f"- **{p.label}** : {p.definition} {p.published_share_text} {out.sources.ref(p.citation)}"
                for p in profiles
            )
        )

    def _methodology(self, plan: Plan, out: Composed) -> None:
        topics = {
            "score": ["correspondance-rome", "niveaux-1-5", "score-0-1"],
            "qualifications": ["qualification-double", "qualification-pwc", "qualification-experts"],
            "duree-phases": ["duree-phases", "pilotage"],
            "pilotage": ["pilotage", "realisation"],
            "correspondance-rome": ["correspondance-rome"],
        }
        text = fold(plan.question)
        if re.search(r"\bgraphique|\bcouleurs?\b|\bbandes\b", text):
            ids = ["lecture-graphique"]
        else:
            ids = topics.get(
                plan.topic or "", ["correspondance-rome", "niveaux-1-5", "score-0-1", "qualification-double"]
            )
        for fact_id in ids:
            fact = self.facts[fact_id]
            out.add(f"{fact.statement} {out.sources.ref(fact.citation)}")

    def _maturity(self, plan: Plan, out: Composed) -> None:
        wanted = set((plan.topic or "").split(","))
        findings = [m for m in self.study.maturity if str(m.number) in wanted] or self.study.maturity
        head = "" if len(findings) == 1 else "Enseignements clés de la consultation des sociétés d'assistance :\n"
        out.add(head + "\n".join(f"- **{m.title}** : {m.statement} {out.sources.ref(m.citation)}" for m in findings))

    def _facts(self, plan: Plan, out: Composed) -> None:
        ids = {
            "contexte": ["contexte", "objectifs"],
            "rapport-complet": ["rapport-complet", "realisation"],
            "conclusion": ["conclusion"],
            "premier-volet": ["premier-volet", "second-volet"],
        }.get(plan.topic or "", [plan.topic or "contexte"])
        for fact_id in ids:
            fact = self.facts[fact_id]
            out.add(f"{fact.statement} {out.sources.ref(fact.citation)}")

    def _exposure_findings(self, plan: Plan, out: Composed) -> None:
        lines = []
        for group in ("plus exposés", "moins exposés"):
            intro = self.facts[f"constat-{'plus' if group == 'plus exposés' else 'moins'}-exposes"]
            lines.append(f"{intro.statement} {out.sources.ref(intro.citation)}")
            for f in (f for f in self.study.exposure_findings if f.exposure == group):
                detail = f" : {f.description}" if f.description else ""
                lines.append(f"- **{f.title}**{detail} (exemple : {f.example}) {out.sources.ref(f.citation)}")
        out.add("\n".join(lines))

    def _recommendations(self, plan: Plan, out: Composed) -> None:
        text = fold(plan.question)
        hr_focus = plan.axis is None and bool(
            plan.jobs or re.search(r"\bexpos|\brh\b|\bpasserelle|\breconversion|\bmobilite|\baccompagn", text)
        )
        if hr_focus:
            # HR asking what to do for exposed jobs: the HR priority action and the training axis come first
            action = self.study.priority_actions[4]
            out.add(f"Action prioritaire n° {action.number} : {action.text} {out.sources.ref(action.citation)}")
        focus = [a for a in self.study.axes if a.number == (4 if hr_focus else plan.axis)]
        for axis in focus or self.study.axes:
            items = "\n".join(f"  {i.number}. {i.text}" for i in axis.items)
            out.add(f"**Axe {axis.number} : {axis.title.capitalize()}** {out.sources.ref(axis.citation)}\n{items}")
        if hr_focus:
            others = [a for a in self.study.axes if a.number != 4]
            out.add(
                "Les autres axes de préconisations : "
                + " ; ".join(f"axe {a.number}, {a.title.capitalize()} {out.sources.ref(a.citation)}" for a in others)
                + "."
            )
        out.add(f"{self.facts['rapport-complet'].statement} {out.sources.ref(self.facts['rapport-complet'].citation)}")

    def _priority_actions(self, plan: Plan, out: Composed) -> None:
        heading = self.facts["actions-prioritaires"]
        lines = [f"{heading.statement} {out.sources.ref(heading.citation)} :"]
        lines += [f"{a.number}. {a.text} {out.sources.ref(a.citation)}" for a in self.study.priority_actions]
        out.add("\n".join(lines))

    def _dialia(self, plan: Plan, out: Composed) -> None:
        d = self.study.dialia
        ref = out.sources.ref(d.citation)
        out.add(f"{d.description} {ref}")
        out.add("Liens : " + " ; ".join(d.links))
        action = self.study.priority_actions[1]
        out.add(
            f"L'action prioritaire n° {action.number} va dans le même sens : {action.text} {out.sources.ref(action.citation)}"
        )

    def _sheets(self, plan: Plan, out: Composed, retriever: Retriever | None) -> None:
        s = self.study.sheets
        ref = out.sources.ref(s.citation)
        sections = "\n".join(f"- Section {sec.number} – {sec.title} : {', '.join(sec.parts)}" for sec in s.sections)
        out.add(
            f"{s.description} {ref}\n{sections}\nPriorisation des cas d'usage : {', '.join(s.use_case_priorities)}."
        )
        out.add(f"Les {len(s.jobs)} métiers cœur d'assistance qui ont une fiche : {', '.join(s.jobs)}.")
        out.add(
            "Le contenu détaillé des fiches (scénarios, cas d'usage) figure dans le rapport complet, non inclus ici."
        )
        if plan.jobs:
            job = self.tool.by_id[plan.jobs[0]]
            out.add(
                f"{job.job} {'a bien' if job.core else 'n’a pas'} de fiche de transformation (métier {'cœur' if job.core else 'hors cœur'})."
            )

    # -- retrieval and refusals -----------------------------------------------------------------------------
    def _retrieval(self, plan: Plan, out: Composed, retriever: Retriever | None) -> None:
        if retriever is None:
            out.add(
                "La recherche dans le texte de l'étude est indisponible : l'index de recherche est absent ou illisible. "
                "Reconstruisez-le avec : make index (ou .venv/bin/python -m ingest)."
            )
            return
        # "hybrid", not the default "linked": linking plans the question again, and a question planned for
        # retrieval never links to anything, so that second plan was pure cost on every such answer.
        hits = retriever.search(plan.question, k=5, mode="hybrid")
        out.call("retrieval.search", {"query": plan.question, "k": 5}, [h.chunk.id for h in hits])
        if not hits:
            out.add("Je n'ai trouvé aucun passage de l'étude sur ce sujet. " + SCOPE)
            return
        query = set(analyze(plan.question))
        quoted = []
        for rank, hit in enumerate(hits[:2]):
            sentences = _best_sentences(hit.chunk.text, query, 3 if rank == 0 else 1)
            if sentences and (rank == 0 or _overlap(sentences, query) >= 2):
                quoted.append(f"« {sentences} » {out.sources.ref(hit.chunk.citation)}")
        out.add("D'après l'étude :\n" + "\n".join(f"- {q}" for q in quoted))

    def _out_of_scope(self, plan: Plan, out: Composed) -> None:
        out.add(
            "Cette question sort du champ de l'étude : elle n'y est pas traitée, je ne peux donc pas y répondre. "
            + SCOPE
        )

    def _refusal(self, plan: Plan, out: Composed) -> None:
        out.add(
            "Je ne peux pas donner suite à cette demande : je ne communique pas mes consignes internes et je ne "
            "modifie ni n'invente aucun chiffre. " + SCOPE
        )

    def _empty(self, plan: Plan, out: Composed) -> None:
        out.add("Votre message est vide. " + EXAMPLES)

    def _greeting(self, plan: Plan, out: Composed) -> None:
        out.add("Bonjour ! " + SCOPE + " " + EXAMPLES)

    def _help(self, plan: Plan, out: Composed) -> None:
        out.add(SCOPE + " Chaque chiffre vient du tableau de l'étude, avec sa source. " + EXAMPLES)


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý«•])", text) if s.strip()]


def _overlap(text: str, query: set[str]) -> int:
    return len(set(analyze(text)) & query)


def _best_sentences(text: str, query: set[str], limit: int) -> str:
    sentences = _sentences(text)
    scored = sorted(range(len(sentences)), key=lambda i: -_overlap(sentences[i], query))[:limit]
    chosen = [sentences[i] for i in sorted(scored) if _overlap(sentences[i], query) > 0] or sentences[:1]
    return " ".join(chosen)
