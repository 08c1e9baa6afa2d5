package io.parcours.feedback.survey;

import java.util.ArrayList;
import java.util.List;

/** The classic questions of NPS, CSAT and CES surveys, in English and French. */
public final class SurveyTemplates {

    private SurveyTemplates() {
    }

    public static List<Question> questions(SurveyKind kind) {
        List<Question> questions = new ArrayList<>();
        switch (kind) {
            case NPS -> questions.add(question("nps", QuestionType.NPS, true,
                    "How likely are you to recommend us to a friend or colleague?",
                    "Quelle est la probabilité que vous nous recommandiez à un ami ou un collègue ?"));
            case CSAT -> questions.add(question("csat", QuestionType.CSAT, true,
                    "How satisfied are you with your experience?", "Êtes-vous satisfait de votre expérience ?"));
            case CES -> questions.add(question("ces", QuestionType.CES, true,
                    "How easy was it to get what you needed?", "Était-il facile d'obtenir ce dont vous aviez besoin ?"));
            case CUSTOM -> {
                return questions;
            }
        }
        questions.add(discovery());
        questions.add(question("reason", QuestionType.TEXT, false, "What is the main reason for your answer?",
                "Quelle est la principale raison de votre réponse ?"));
        return questions;
    }

    private static Question discovery() {
        Question question = question("discovery", QuestionType.SINGLE_CHOICE, false, "How did you discover our brand?",
                "Comment avez-vous découvert notre marque ?");
        question.options = List.of(option("search", "Search engine", "Moteur de recherche"),
                option("social", "Social media", "Réseaux sociaux"), option("friend", "A friend or relative", "Un proche"),
                option("advertising", "Advertising", "Publicité"), option("store", "In a store", "En magasin"),
                option("other", "Other", "Autre"));
        return question;
    }

    private static Question question(String id, QuestionType type, boolean required, String english, String french) {
        Question question = new Question();
        question.id = id;
        question.type = type;
        question.required = required;
        question.labels = List.of(new LocalizedText("en", english), new LocalizedText("fr", french));
        return question;
    }

    private static Option option(String id, String english, String french) {
        Option option = new Option();
        option.id = id;
        option.labels = List.of(new LocalizedText("en", english), new LocalizedText("fr", french));
        return option;
    }
}
