package retroshield.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** Placeholder desktop application: replaced by the real window. */
public final class DesktopApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("RetroShield Z80");
        stage.setScene(new Scene(new Label("RetroShield Z80"), 640, 480));
        stage.show();
    }

    public static void main(String[] args) {
        launch(DesktopApp.class, args);
    }
}
