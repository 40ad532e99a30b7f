package org.rspnavigator.webapp.rfp.view;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.rspnavigator.model.Category;
import org.rspnavigator.model.Term;
import org.rspnavigator.procurement.evaluation.Evaluation;
import org.rspnavigator.procurement.evaluation.EvaluationPlan;
import org.rspnavigator.procurement.evaluation.EvidenceFlag;
import org.rspnavigator.procurement.evaluation.Score;
import org.rspnavigator.procurement.response.BidderAnswer;
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.webapp.accounts.AccountPrincipal;
import org.rspnavigator.webapp.accounts.CurrentUser;
import org.rspnavigator.webapp.platform.StaleEditException;
import org.rspnavigator.webapp.rfp.RfpEvaluationService;
import org.rspnavigator.webapp.widgets.Downloads;
import org.rspnavigator.webapp.widgets.Tables;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The evaluation of the bids against the saved revision: the ranking with each bidder's weighted
 * total and standing, the planner's weights and knock-outs, and the signed-in evaluator's own scores
 * of one bidder's answers, each beside the evidence of the bidder's statements. An evaluator sees
 * only their own scores while scoring; the ranking shows what all the scores make.
 */
public final class EvaluationPanel extends Div {

    private static final long serialVersionUID = 1L;

    private final DraftState state;
    private final RfpEvaluationService evaluation;
    private final Div ranking = new Div();
    private final Div scoring = new Div();
    private final Paragraph status = new Paragraph();
    private String bidder;

    public EvaluationPanel(DraftState state, RfpEvaluationService evaluation) {
        this.state = state;
        this.evaluation = evaluation;
        setId("evaluation-panel");
        ranking.setId("evaluation-ranking");
        scoring.setId("evaluation-scoring");
        status.setId("evaluation-status");
        status.getElement().setAttribute("role", "status");
    }

    /** Shows the evaluation of the saved revision. */
    public void show() {
        removeAll();
        AccountPrincipal user = CurrentUser.require();
        Evaluation e = evaluation.evaluation(user, state.projectId());
        add(new H2("Evaluation"));
        Paragraph rules = new Paragraph("Each evaluator scores every answer from 0 (not met) to " + Score.MAX
                + " (fully met), on their own. A requirement's score is the evaluators' mean; one nobody has scored yet "
                + "counts as 0. The weighted total is the sum of weight \u00d7 score over the most it could be. A bid "
                + "fails a knock-out requirement when it gives no answer, answers No, Partial or Roadmap, or every "
                + "evaluator scores it 0; a bid failing any knock-out is ranked after those that qualify. Evaluators "
                + "disagree where their scores are " + Evaluation.DISAGREEMENT + " or more apart.");
        rules.addClassName("rsp-intro");
        add(rules);
        if (e.bidders().isEmpty()) {
            add(new Paragraph("No bidder yet: import the bidders' statements or response matrices in the Bidders "
                    + "section."));
            return;
        }
        long projectId = state.projectId();
        Div downloads = new Div(
                Downloads.link("download-evaluation-pdf", "Evaluation report (PDF)", evaluation.pdf(user, projectId)),
                Downloads.link("download-evaluation-xlsx", "Scores (XLSX)", evaluation.xlsx(user, projectId)),
                Downloads.link("download-evaluation-csv", "Scores (CSV)", evaluation.csv(user, projectId)));
        downloads.addClassName("rsp-actions");
        add(ranking, downloads, status);
        ranking(e);
        add(plan(user, e));
        add(new H3("Your scores"));
        if (bidder == null || e.bidder(bidder).isEmpty()) {
            bidder = e.bidders().get(0).bidder();
        }
        Select<String> which = new Select<>();
        which.setLabel("Bidder");
        which.setId("scoring-bidder");
        which.setItems(e.bidders().stream().map(Evaluation.BidderResult::bidder).toList());
        which.setValue(bidder);
        which.addValueChangeListener(ev -> {
            bidder = ev.getValue();
            scoring(evaluation.evaluation(CurrentUser.require(), state.projectId()));
        });
        add(which, scoring);
        scoring(e);
    }

    private void ranking(Evaluation e) {
        ranking.removeAll();
        NativeTable table = Tables.table("ranking-table", "Bids in rank order", List.of("Rank", "Bidder",
                "Weighted total", "Standing", "Scored", "Answers the statements contradict", "Evaluators disagree"));
        List<Evaluation.BidderResult> ranked = e.ranked();
        for (int i = 0; i < ranked.size(); i++) {
            Evaluation.BidderResult b = ranked.get(i);
            Span standing = new Span(b.standing());
            standing.addClassName(b.qualifies() ? "rsp-fit-met" : "rsp-fit-not-met");
            if (!b.qualifies()) {
                standing.getElement().setAttribute("title", String.join(" ", b.knockOutsFailed().stream()
                        .map(l -> l.requirement().number() + ": " + l.knockOut().orElseThrow()).toList()));
            }
            NativeTableRow row = new NativeTableRow(new NativeTableCell(String.valueOf(i + 1)),
                    Tables.rowHeader(new Span(b.bidder())), new NativeTableCell(Evaluation.percentText(b.percent())),
                    new NativeTableCell(standing),
                    new NativeTableCell(b.scored() + " of " + b.bidLines().size()),
                    new NativeTableCell(String.valueOf(b.flagged().stream()
                            .filter(l -> l.check().flag().orElseThrow() == EvidenceFlag.CONTRADICTED).count())),
                    new NativeTableCell(String.valueOf(b.disputed().size())));
            row.getElement().setAttribute("data-bidder", b.bidder());
            Tables.body(table).add(row);
        }
        ranking.add(table);
        UnorderedList failures = new UnorderedList();
        failures.setId("knock-out-failures");
        for (Evaluation.BidderResult b : ranked) {
            b.knockOutsFailed().stream().limit(20).forEach(l -> failures.add(new ListItem(b.bidder() + ", "
                    + l.requirement().number() + ": " + l.knockOut().orElseThrow())));
            if (b.knockOutsFailed().size() > 20) {
                failures.add(new ListItem(b.bidder() + ": " + (b.knockOutsFailed().size() - 20) + " more"));
            }
        }
        if (failures.getComponentCount() > 0) {
            ranking.add(new Details("Knock-outs failed", failures));
        }
    }

    // ---------------------------------------------------------------- plan

    private Component plan(AccountPrincipal user, Evaluation e) {
        long projectId = state.projectId();
        EvaluationPlan plan = e.plan();
        long version = evaluation.planVersion(user, projectId);
        Div content = new Div();
        content.add(new Paragraph("Every requirement weighs " + EvaluationPlan.DEFAULT_WEIGHT + " unless its category "
                + "or the requirement itself is given a weight (0 to " + EvaluationPlan.MAX_WEIGHT + "; the "
                + "requirement's own wins). Every SHALL is a knock-out unless you release it; any other requirement "
                + "can be made one."));
        Set<String> categories = new LinkedHashSet<>();
        e.requirements().forEach(r -> categories.add(r.category()));
        List<IntegerField> categoryFields = new ArrayList<>();
        Div categoryRow = new Div();
        categoryRow.addClassName("rsp-form-row");
        for (String category : categories) {
            IntegerField weight = weightField(Term.fromSlug(Category.class, category).map(Category::label)
                    .orElse(category));
            weight.setId("weight-" + category);
            weight.setValue(plan.categoryWeights().getOrDefault(category, EvaluationPlan.DEFAULT_WEIGHT));
            categoryFields.add(weight);
            categoryRow.add(weight);
        }
        content.add(new H3("Weights by category"), categoryRow);
        NativeTable table = Tables.table("plan-table", "Weights and knock-outs of single requirements",
                List.of("No.", "Level", "Requirement", "Own weight", "Knock-out"));
        List<IntegerField> ownWeights = new ArrayList<>();
        List<Checkbox> knockOuts = new ArrayList<>();
        for (Requirement r : e.requirements()) {
            IntegerField own = weightField("Own weight of " + r.number());
            own.setPlaceholder("category");
            own.setValue(plan.requirementWeights().get(r.number()));
            own.addClassName("rsp-compact-field");
            Checkbox knockOut = new Checkbox(plan.knockOut(r));
            knockOut.setAriaLabel("Knock-out " + r.number());
            ownWeights.add(own);
            knockOuts.add(knockOut);
            NativeTableRow row = new NativeTableRow(Tables.rowHeader(new Span(r.number())),
                    new NativeTableCell(r.level().label()), new NativeTableCell(r.text()), new NativeTableCell(own),
                    new NativeTableCell(knockOut));
            row.getElement().setAttribute("data-number", r.number());
            Tables.body(table).add(row);
        }
        Details single = new Details("Weights and knock-outs of single requirements", table);
        single.setId("plan-requirements");
        Button save = new Button("Save weights and knock-outs", ev -> {
            EvaluationPlan next = EvaluationPlan.DEFAULT;
            int c = 0;
            for (String category : categories) {
                Integer w = categoryFields.get(c++).getValue();
                if (w != null && w != EvaluationPlan.DEFAULT_WEIGHT) {
                    next = next.withCategoryWeight(category, w);
                }
            }
            for (int i = 0; i < e.requirements().size(); i++) {
                Requirement r = e.requirements().get(i);
                next = next.withWeight(r, ownWeights.get(i).getValue()).withKnockOut(r, knockOuts.get(i).getValue());
            }
            try {
                evaluation.savePlan(CurrentUser.require(), projectId, version, next);
                show();
                status.setText("Weights and knock-outs saved.");
            } catch (IllegalArgumentException | StaleEditException ex) {
                status.setText("Not saved. " + ex.getMessage());
            }
        });
        save.setId("save-plan");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(single, save);
        Details details = new Details("Weights and knock-outs", content);
        details.setId("evaluation-plan");
        return details;
    }

    private static IntegerField weightField(String label) {
        IntegerField weight = new IntegerField(label);
        weight.setMin(0);
        weight.setMax(EvaluationPlan.MAX_WEIGHT);
        weight.setStepButtonsVisible(false);
        weight.setWidth("8rem");
        return weight;
    }

    // ---------------------------------------------------------------- scores

    private void scoring(Evaluation e) {
        scoring.removeAll();
        Optional<Evaluation.BidderResult> result = e.bidder(bidder);
        if (result.isEmpty()) {
            return;
        }
        String me = CurrentUser.require().username();
        NativeTable table = Tables.table("scoring-table", "Your scores of " + bidder + "'s answers",
                List.of("No.", "Requirement", "Answer", "Evidence of the statements", "Your score", "Your comment"));
        for (Evaluation.Line line : result.get().bidLines()) {
            Requirement r = line.requirement();
            Select<Integer> score = new Select<>();
            score.setItems(0, 1, 2, 3, 4, 5);
            score.setEmptySelectionAllowed(true);
            score.setEmptySelectionCaption("—");
            score.setAriaLabel("Your score of " + bidder + ", " + r.number());
            score.setWidth("5.5rem");
            TextField comment = new TextField();
            comment.setAriaLabel("Your comment on " + bidder + ", " + r.number());
            comment.setMaxLength(Score.LONGEST_COMMENT);
            comment.setWidthFull();
            line.scoreOf(me).ifPresent(s -> {
                score.setValue(s.value());
                comment.setValue(s.comment());
            });
            score.addValueChangeListener(ev -> {
                if (!ev.isFromClient()) {
                    return;
                }
                if (ev.getValue() != null) {
                    save(r.number(), ev.getValue(), comment.getValue());
                } else {
                    withdraw(r.number());
                }
            });
            comment.addValueChangeListener(ev -> {
                if (ev.isFromClient() && score.getValue() != null) {
                    save(r.number(), score.getValue(), ev.getValue());
                }
            });
            Span level = new Span(r.level().label() + (line.knockOutRequirement() ? ", knock-out" : ""));
            level.addClassName("rsp-muted");
            NativeTableRow row = new NativeTableRow(Tables.rowHeader(new Span(r.number())),
                    new NativeTableCell(new Div(new Span(r.text())), level),
                    labelled("Answer", answer(line)), labelled("Evidence of the statements", evidence(line)),
                    labelled("Your score", score), labelled("Your comment", comment));
            row.getElement().setAttribute("data-number", r.number());
            Tables.body(table).add(row);
        }
        table.addClassName("rsp-scoring");
        scoring.add(table);
    }

    /** A cell whose column heading a phone shows above its content, where the table is stacked. */
    private static NativeTableCell labelled(String heading, Component content) {
        NativeTableCell cell = new NativeTableCell(content);
        cell.getElement().setAttribute("data-label", heading);
        return cell;
    }

    private void save(String number, int value, String comment) {
        try {
            evaluation.score(CurrentUser.require(), state.projectId(), bidder, number, value, comment);
            status.setText("Saved your score of " + bidder + ", " + number + ": " + value + " of " + Score.MAX + ".");
            ranking(evaluation.evaluation(CurrentUser.require(), state.projectId()));
        } catch (IllegalArgumentException ex) {
            status.setText("Not saved. " + ex.getMessage());
        }
    }

    private void withdraw(String number) {
        if (evaluation.unscore(CurrentUser.require(), state.projectId(), bidder, number)) {
            status.setText("Withdrew your score of " + bidder + ", " + number + ".");
            ranking(evaluation.evaluation(CurrentUser.require(), state.projectId()));
        }
    }

    private static Component answer(Evaluation.Line line) {
        Div cell = new Div();
        if (line.answer().isEmpty()) {
            cell.add(new Span("No answer"));
            return cell;
        }
        BidderAnswer a = line.answer().get();
        Span word = new Span(a.answer().label() + a.roadmapDate().map(d -> " by " + d).orElse(""));
        word.addClassName("rsp-answer");
        cell.add(word);
        if (!a.evidence().isEmpty()) {
            cell.add(new Div(new Span("Evidence: " + a.evidence())));
        }
        if (!a.comment().isEmpty()) {
            cell.add(new Div(new Span(a.comment())));
        }
        line.knockOut().ifPresent(why -> {
            Span ko = new Span("Knock-out failed: " + why);
            ko.addClassName("rsp-fit-not-met");
            cell.add(new Div(ko));
        });
        return cell;
    }

    private static Component evidence(Evaluation.Line line) {
        Div cell = new Div();
        line.check().evidence().ifPresentOrElse(g -> {
            Span fit = new Span(g.fit().label());
            fit.addClassName("rsp-fit-" + g.fit().slug());
            cell.add(fit, new Div(new Span(g.explanation())));
        }, () -> cell.add(new Span("No statement submitted")));
        line.check().flag().ifPresent(flag -> {
            // The statements' gap is given above; the mark says how the answer disagrees with it.
            Span mark = new Span("\u26a0 " + flag.label());
            mark.addClassName("rsp-evidence-flag");
            cell.add(new Div(mark));
            cell.getElement().setAttribute("data-flag", flag.slug());
        });
        return cell;
    }
}
