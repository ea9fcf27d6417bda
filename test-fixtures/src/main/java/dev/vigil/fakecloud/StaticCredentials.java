package dev.vigil.fakecloud;

/** Fake credentials for the fake cloud (never real AWS credentials). */
public record StaticCredentials(String accessKeyId, String secretAccessKey, String sessionToken) {

    @Override
    public String toString() {
        return "StaticCredentials[accessKeyId=" + accessKeyId + ", secretAccessKey=***]";
    }
}
