package io.parcours.persona.persona;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Who the persona is, in the coarse bands marketers segment by. */
@Embeddable
public class Demographics {

    @Enumerated(EnumType.STRING)
    @Column(name = "age_range")
    public AgeRange ageRange;

    public String location;
    public String occupation;

    @Column(name = "family_status")
    public String familyStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "income_band")
    public IncomeBand incomeBand;
}
