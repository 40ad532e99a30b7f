package org.rspnavigator.webapp.shortlists;

import org.rspnavigator.webapp.platform.web.Api;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.rspnavigator.webapp.accounts.CurrentUser;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The shortlists of the signed-in user's organization (HTTP Basic); those of other organizations do not exist here. */
@RestController
@Tag(name = "Shortlists")
@RequestMapping(Api.V1)
class ShortlistController {

    private final ShortlistService shortlists;

    ShortlistController(ShortlistService shortlists) {
        this.shortlists = shortlists;
    }

    /** A shortlist as sent and received; {@code version} must come back unchanged on an update. */
    record ShortlistJson(Long id, long version, String name, String description, String filter, List<String> standards,
            String createdBy, Instant createdAt, String updatedBy, Instant updatedAt, String href) {
        static ShortlistJson of(Shortlist s) {
            return new ShortlistJson(s.getId(), s.getVersion(), s.getName(), s.getDescription(), s.getFilter(),
                    s.getStandardIds(), s.getCreatedBy(), s.getCreatedAt(), s.getUpdatedBy(), s.getUpdatedAt(),
                    Api.V1 + "/shortlists/" + s.getId());
        }
    }

    record ShortlistInput(String name, String description, String filter, List<String> standards, Long version) {
        ShortlistContent content() {
            return new ShortlistContent(name, description, filter, standards);
        }
    }

    @GetMapping("/shortlists")
    List<ShortlistJson> list() {
        return shortlists.list(CurrentUser.require()).stream().map(ShortlistJson::of).toList();
    }

    @GetMapping("/shortlists/{id}")
    ShortlistJson get(@PathVariable long id) {
        return ShortlistJson.of(shortlists.get(CurrentUser.require(), id));
    }

    @PostMapping("/shortlists")
    @ResponseStatus(HttpStatus.CREATED) // the answer is a ResponseEntity.created; this tells the API document
    ResponseEntity<ShortlistJson> create(@RequestBody ShortlistInput input) {
        Shortlist s = shortlists.create(CurrentUser.require(), input.content());
        return ResponseEntity.created(URI.create(Api.V1 + "/shortlists/" + s.getId())).body(ShortlistJson.of(s));
    }

    @PutMapping("/shortlists/{id}")
    ShortlistJson update(@PathVariable long id, @RequestBody ShortlistInput input) {
        if (input.version() == null) {
            throw new IllegalArgumentException("Send the 'version' you read, so that a colleague's change is not overwritten.");
        }
        return ShortlistJson.of(shortlists.update(CurrentUser.require(), id, input.version(), input.content()));
    }

    @DeleteMapping("/shortlists/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id, @RequestParam long version) {
        shortlists.delete(CurrentUser.require(), id, version);
    }
}
