/// What an assessor records: a rubric score of submitted evidence, or exam results per blueprint domain.
public enum AssessmentInput: Sendable, Hashable {
    case rubric(RubricScore)
    case exam(ExamResult)
}
