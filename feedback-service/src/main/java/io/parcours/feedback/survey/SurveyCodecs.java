package io.parcours.feedback.survey;

import java.util.List;

import org.bson.codecs.Codec;
import org.bson.codecs.configuration.CodecProvider;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.codecs.pojo.Conventions;
import org.bson.codecs.pojo.PojoCodecProvider;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * How surveys are stored: the driver's POJO codec (records, such as {@link SurveyStore}'s version rows, use the
 * driver's record codec). Only {@code @BsonId} names {@code _id}: a question's or an option's own id stays
 * {@code id}, where the driver's default conventions would store any field named id as {@code _id}. The MongoDB
 * extension registers every CodecProvider it finds.
 */
@RegisterForReflection(targets = { Survey.class, Question.class, Option.class, LocalizedText.class,
        SurveyStore.VersionRow.class })
public class SurveyCodecs implements CodecProvider {

    private final CodecProvider pojos = PojoCodecProvider.builder()
            .register(Survey.class, Question.class, Option.class, LocalizedText.class)
            .conventions(List.of(Conventions.ANNOTATION_CONVENTION))
            .build();

    @Override
    public <T> Codec<T> get(Class<T> type, CodecRegistry registry) {
        return pojos.get(type, registry);
    }
}
