package org.rspnavigator.webapp.catalog;

import org.rspnavigator.webapp.platform.web.Api;
import java.util.List;

import org.rspnavigator.model.ActorOption;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.ClinicalService;
import org.rspnavigator.model.Grouping;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.ProfileActor;
import org.rspnavigator.model.ProfileTransaction;
import org.rspnavigator.model.Source;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.SystemType;
import org.rspnavigator.model.Verification;
import org.rspnavigator.webapp.catalog.CatalogJson.StandardRef;

/** The wire format of IHE profiles and system types. Every fact carries its verification. */
final class ProfileJson {

    private ProfileJson() {
    }

    record VerificationJson(String level, String label, List<SourceJson> sources, String note) {
        static VerificationJson of(Verification v) {
            return new VerificationJson(v.level().slug(), v.level().label(),
                    v.sources().stream().map(SourceJson::of).toList(), v.note().orElse(null));
        }
    }

    record SourceJson(String id, String kind, String what, String section, String where) {
        static SourceJson of(Source s) {
            return new SourceJson(s.id(), s.kind().slug(), s.what(), s.section().orElse(null), s.where());
        }
    }

    /** {@code notRated}: "Not rated by ISO 21860" for a profile that is no portfolio entry, else null. */
    record ProfileSummary(String id, String acronym, String name, String domain, String status, String verification,
            StandardRef portfolioEntry, String notRated, int actors, int transactions, String href) {
        static ProfileSummary of(Profile p) {
            return new ProfileSummary(p.id(), p.acronym(), p.name(), p.domain().slug(), p.status().slug(),
                    p.verification().slug(), p.portfolioEntry().map(StandardRef::of).orElse(null),
                    p.ratedByIso21860() ? null : Profile.NOT_RATED, p.actors().size(),
                    p.transactions().size(), Api.V1 + "/profiles/" + p.id());
        }
    }

    record ProfileList(int count, List<ProfileSummary> profiles) {
    }

    record ProfileDetail(String id, String acronym, String name, String domain, String domainCode, String status,
            String statusLabel, VerificationJson statusVerification, String verification, StandardRef portfolioEntry,
            String notRated, List<StandardRef> buildsOn, List<ActorJson> actors, List<TransactionJson> transactions,
            List<GroupingJson> groupings, List<RelatedJson> related, List<SystemTypeRef> playedBy,
            List<SourceJson> sources, String purpose, String notes, String href) {

        static ProfileDetail of(Profile p, Catalog catalog) {
            return new ProfileDetail(p.id(), p.acronym(), p.name(), p.domain().slug(), p.domain().code(), p.status().slug(),
                    p.status().label(), VerificationJson.of(p.statusVerification()), p.verification().slug(),
                    p.portfolioEntry().map(StandardRef::of).orElse(null),
                    p.ratedByIso21860() ? null : Profile.NOT_RATED,
                    p.buildsOn().stream().map(StandardRef::of).toList(),
                    p.actors().stream().map(a -> ActorJson.of(p, a)).toList(),
                    p.transactions().stream().map(TransactionJson::of).toList(),
                    p.groupings().stream().map(GroupingJson::of).toList(),
                    p.related().stream().map(r -> new RelatedJson(r.profile(), r.note().orElse(null),
                            Api.V1 + "/profiles/" + r.profile())).toList(),
                    catalog.systemTypesPlaying(p).stream().map(SystemTypeRef::of).toList(),
                    p.sources().stream().map(SourceJson::of).toList(), p.purpose(), p.notes(),
                    Api.V1 + "/profiles/" + p.id());
        }
    }

    record ActorJson(String name, VerificationJson verification, List<OptionJson> options,
            List<ActorTransactionJson> transactions) {
        static ActorJson of(Profile p, ProfileActor a) {
            return new ActorJson(a.name(), VerificationJson.of(a.verification()),
                    a.options().stream().map(OptionJson::of).toList(),
                    p.transactionsOf(a.name()).stream().map(t -> new ActorTransactionJson(t.id(), t.name(),
                            t.initiators().contains(a.name()) && t.responders().contains(a.name()) ? "both"
                                    : t.initiators().contains(a.name()) ? "initiator" : "responder",
                            switch (t.optionalityFor(a.name())) {
                                case "R" -> "required";
                                case "O" -> "optional";
                                default -> null;
                            })).toList());
        }
    }

    /** A transaction as one actor sees it; {@code optionality} is null where no source states it. */
    record ActorTransactionJson(String id, String name, String role, String optionality) {
    }

    record OptionJson(String name, VerificationJson verification) {
        static OptionJson of(ActorOption o) {
            return new OptionJson(o.name(), VerificationJson.of(o.verification()));
        }
    }

    record TransactionJson(String id, String name, List<String> initiators, List<String> responders,
            List<String> requiredFor, List<String> optionalFor, VerificationJson verification) {
        static TransactionJson of(ProfileTransaction t) {
            return new TransactionJson(t.id(), t.name(), t.initiators(), t.responders(), t.requiredFor(), t.optionalFor(),
                    VerificationJson.of(t.verification()));
        }
    }

    /**
     * {@code actor} is null when the grouping applies to every actor of the profile; {@code or} lists
     * the actors of further profiles that satisfy the grouping as well (BPPC with XDS.b, XDR or XDM).
     */
    record GroupingJson(String actor, String withProfile, List<String> withActors, List<TargetJson> or,
            VerificationJson verification, String href) {
        static GroupingJson of(Grouping g) {
            return new GroupingJson(g.actor().orElse(null), g.withProfile(), g.withActors(),
                    g.or().stream().map(TargetJson::of).toList(), VerificationJson.of(g.verification()),
                    Api.V1 + "/profiles/" + g.withProfile());
        }
    }

    record TargetJson(String profile, List<String> actors, String href) {
        static TargetJson of(Grouping.Target t) {
            return new TargetJson(t.profile(), t.actors(), Api.V1 + "/profiles/" + t.profile());
        }
    }

    record RelatedJson(String profile, String note, String href) {
    }

    record SystemTypeRef(String id, String name, String href) {
        static SystemTypeRef of(SystemType t) {
            return new SystemTypeRef(t.id(), t.name(), Api.V1 + "/system-types/" + t.id());
        }
    }

    /**
     * {@code creates}: the content standards a system that acquires or produces objects creates
     * (empty when the type does not say); {@code playsNoActor}: profiles the use cases name for it
     * although it plays none of their actors, with why.
     */
    record SystemTypeJson(String id, String name, List<String> aliases, List<String> useCaseSystems,
            List<RoleJson> plays, List<String> creates, List<NoActorJson> playsNoActor, String description,
            String href) {
        static SystemTypeJson of(SystemType t) {
            return new SystemTypeJson(t.id(), t.name(), t.aliases(), t.useCaseSystems(),
                    t.plays().stream().map(r -> new RoleJson(r.profile(), r.actor(), r.options(), r.note().orElse(null),
                            Api.V1 + "/profiles/" + r.profile())).toList(),
                    t.creates(), t.playsNoActor().stream().map(n -> new NoActorJson(n.profile(), n.note(),
                            Api.V1 + "/profiles/" + n.profile())).toList(),
                    t.description(), Api.V1 + "/system-types/" + t.id());
        }
    }

    record NoActorJson(String profile, String note, String href) {
    }

    /** A clinical service and what of the catalog belongs to it. */
    record ClinicalServiceJson(String id, String name, String description, List<String> standards,
            List<String> profiles, List<ServiceOptionJson> options, List<RowJson> rows, String href) {
        static ClinicalServiceJson of(ClinicalService c) {
            return new ClinicalServiceJson(c.id(), c.name(), c.description(),
                    c.standards().stream().map(Standard::id).toList(), c.profiles(),
                    c.options().stream().map(o -> new ServiceOptionJson(o.profile(), o.option())).toList(),
                    c.rows().stream().map(r -> new RowJson(r.useCase(), r.label())).toList(),
                    Api.V1 + "/clinical-services/" + c.id());
        }
    }

    record ServiceOptionJson(String profile, String option) {
    }

    record RowJson(String useCase, String row) {
    }

    record ClinicalServiceList(int count, List<ClinicalServiceJson> clinicalServices) {
    }

    record RoleJson(String profile, String actor, List<String> options, String note, String href) {
    }

    record SystemTypeList(int count, List<SystemTypeJson> systemTypes) {
    }

    static List<StandardRef> refs(List<Standard> standards) {
        return standards.stream().map(StandardRef::of).toList();
    }
}
