package org.rspnavigator.procurement.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.rfp.RequirementLevel;

/**
 * How the planner weighs the requirements and which ones a bid must meet. Every requirement weighs
 * {@value #DEFAULT_WEIGHT} unless its category is given a weight, or it is given one itself (which
 * wins). Every SHALL requirement is a knock-out, and no other, unless the planner says otherwise
 * for a requirement.
 *
 * @param categoryWeights    by portfolio category slug ("technical-workflow"), a weight from 0 to
 *                           {@value #MAX_WEIGHT}
 * @param requirementWeights by requirement number, a weight from 0 to {@value #MAX_WEIGHT}
 * @param knockOuts          by requirement number, whether it is a knock-out where that differs
 *                           from the default (SHALL)
 */
public record EvaluationPlan(Map<String, Integer> categoryWeights, Map<String, Integer> requirementWeights,
        Map<String, Boolean> knockOuts) {

    public static final int DEFAULT_WEIGHT = 1;
    public static final int MAX_WEIGHT = 100;
    /** Every requirement weighs the same; every SHALL is a knock-out. */
    public static final EvaluationPlan DEFAULT = new EvaluationPlan(Map.of(), Map.of(), Map.of());

    public EvaluationPlan {
        categoryWeights = new TreeMap<>(categoryWeights == null ? Map.of() : categoryWeights);
        requirementWeights = new TreeMap<>(requirementWeights == null ? Map.of() : requirementWeights);
        knockOuts = new TreeMap<>(knockOuts == null ? Map.of() : knockOuts);
        categoryWeights = java.util.Collections.unmodifiableMap(categoryWeights);
        requirementWeights = java.util.Collections.unmodifiableMap(requirementWeights);
        knockOuts = java.util.Collections.unmodifiableMap(knockOuts);
    }

    /** The weight of {@code r}: its own, else its category's, else {@value #DEFAULT_WEIGHT}. */
    public int weight(Requirement r) {
        Integer own = requirementWeights.get(r.number());
        return own != null ? own : categoryWeights.getOrDefault(r.category(), DEFAULT_WEIGHT);
    }

    /** Whether a bid that does not meet {@code r} is out: as the planner says, else when it is a SHALL. */
    public boolean knockOut(Requirement r) {
        return knockOuts.getOrDefault(r.number(), r.level() == RequirementLevel.SHALL);
    }

    /** This plan with {@code r}'s knock-out set; a setting equal to the default is not kept. */
    public EvaluationPlan withKnockOut(Requirement r, boolean knockOut) {
        Map<String, Boolean> next = new TreeMap<>(knockOuts);
        if (knockOut == (r.level() == RequirementLevel.SHALL)) {
            next.remove(r.number());
        } else {
            next.put(r.number(), knockOut);
        }
        return new EvaluationPlan(categoryWeights, requirementWeights, next);
    }

    /** This plan with {@code r}'s own weight; {@code null} gives it its category's again. */
    public EvaluationPlan withWeight(Requirement r, Integer weight) {
        Map<String, Integer> next = new TreeMap<>(requirementWeights);
        if (weight == null) {
            next.remove(r.number());
        } else {
            next.put(r.number(), weight);
        }
        return new EvaluationPlan(categoryWeights, next, knockOuts);
    }

    /** This plan with {@code category}'s weight; {@code null} gives it {@value #DEFAULT_WEIGHT} again. */
    public EvaluationPlan withCategoryWeight(String category, Integer weight) {
        Map<String, Integer> next = new TreeMap<>(categoryWeights);
        if (weight == null) {
            next.remove(category);
        } else {
            next.put(category, weight);
        }
        return new EvaluationPlan(next, requirementWeights, knockOuts);
    }

    /**
     * What is wrong with this plan for {@code requirements}, each problem a sentence: a weight out
     * of range, a category none of them is listed under, a number none of them has.
     */
    public List<String> problems(List<Requirement> requirements) {
        Set<String> numbers = requirements.stream().map(Requirement::number).collect(Collectors.toSet());
        Set<String> categories = requirements.stream().map(Requirement::category).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        categoryWeights.forEach((category, weight) -> {
            if (!categories.contains(category)) {
                problems.add("No requirement is listed under the category '" + category + "'.");
            }
            range("The category '" + category + "'", weight, problems);
        });
        requirementWeights.forEach((number, weight) -> {
            if (!numbers.contains(number)) {
                problems.add("There is no requirement " + number + " to weigh.");
            }
            range("Requirement " + number, weight, problems);
        });
        knockOuts.keySet().stream().filter(n -> !numbers.contains(n))
                .forEach(n -> problems.add("There is no requirement " + n + " to make a knock-out."));
        return problems;
    }

    private static void range(String what, Integer weight, List<String> problems) {
        if (weight == null || weight < 0 || weight > MAX_WEIGHT) {
            problems.add(what + " needs a weight from 0 to " + MAX_WEIGHT + "; it has " + weight + ".");
        }
    }

    /** This plan without the settings of requirements and categories that {@code requirements} no longer have. */
    public EvaluationPlan keptFor(List<Requirement> requirements) {
        Set<String> numbers = requirements.stream().map(Requirement::number).collect(Collectors.toSet());
        Set<String> categories = requirements.stream().map(Requirement::category).collect(Collectors.toSet());
        return new EvaluationPlan(filter(categoryWeights, categories), filter(requirementWeights, numbers),
                filter(knockOuts, numbers));
    }

    private static <V> Map<String, V> filter(Map<String, V> map, Set<String> keep) {
        return map.entrySet().stream().filter(e -> keep.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
