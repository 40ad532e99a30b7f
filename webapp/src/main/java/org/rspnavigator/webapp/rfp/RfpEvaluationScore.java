package org.rspnavigator.webapp.rfp;

import java.time.Instant;

import org.rspnavigator.procurement.evaluation.Score;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One evaluator's score of one bidder's answer to one requirement. */
@Entity
@Table(name = "rfp_evaluation_score")
public class RfpEvaluationScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Column(nullable = false, length = 200)
    private String bidder;

    @Column(nullable = false, length = 40)
    private String requirement;

    @Column(nullable = false, length = 100)
    private String evaluator;

    @Column(nullable = false)
    private int score;

    @Column(nullable = false, length = 2000)
    private String comment;

    @Column(name = "scored_at", nullable = false)
    private Instant scoredAt;

    protected RfpEvaluationScore() {
    }

    RfpEvaluationScore(Long projectId, Score s, Instant at) {
        this.projectId = projectId;
        this.bidder = s.bidder();
        this.requirement = s.number();
        this.evaluator = s.evaluator();
        rescore(s, at);
    }

    void rescore(Score s, Instant at) {
        this.score = s.value();
        this.comment = s.comment();
        this.scoredAt = at;
    }

    public Score toScore() {
        return new Score(bidder, requirement, evaluator, score, comment);
    }

    public Long getId() {
        return id;
    }

    public Instant getScoredAt() {
        return scoredAt;
    }
}
