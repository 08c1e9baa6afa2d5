package io.parcours.feedback.alert;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

@Name("AlertFilter")
@Description("Which alerts to list: every given member must match (null members do not filter).")
public class AlertFilter {

    @Description("Only alerts in this state.")
    public AlertState state;

    @Description("Only alerts of this kind.")
    public AlertKind kind;

    @Id
    @Description("Only alerts this rule raised.")
    public String ruleId;

    @Id
    @Description("Only alerts about this journey.")
    public String journeyId;

    @Id
    @Description("Only alerts about this stage.")
    public String stageId;

    @Id
    @Description("Only alerts about this touchpoint.")
    public String touchpointId;

    @Description("Only alerts assigned to this person (as written when assigned).")
    public String assignee;
}
